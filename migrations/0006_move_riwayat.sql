-- Requests and objections now keep their case history in the one workflow history (alur_riwayat).
-- Every step of the two old tables is copied there, oldest first, so the identity ids follow time
-- (steps of the same instant keep the order the old readers gave them: by their old id). The next
-- migration drops the old tables.
INSERT INTO "alur_riwayat" ("entity", "entity_id", "from_status", "to_status", "actor_user_id", "actor_label", "at", "note")
SELECT "entity", "entity_id", "from_status", "to_status", "actor_user_id", "actor_label", "at", "note"
FROM (
	SELECT 'permohonan' AS "entity", "permohonan_id" AS "entity_id", "from_status", "to_status", "actor_user_id", "actor_label", "at", "note", "id" AS "old_id"
	FROM "permohonan_riwayat"
	UNION ALL
	SELECT 'keberatan' AS "entity", "keberatan_id" AS "entity_id", "from_status", "to_status", "actor_user_id", "actor_label", "at", "note", "id" AS "old_id"
	FROM "keberatan_riwayat"
) AS "steps"
ORDER BY "at", "old_id";
