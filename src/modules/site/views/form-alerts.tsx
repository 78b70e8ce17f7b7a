/**
 * What a public form says above itself after a failed post: a notice (a refusal not about one
 * field), and a summary of every field's problem, each linking to its field (`#f-<name>`).
 */
export function FormAlerts({ notice, errors, summary }: { notice?: string; errors: Record<string, string>; summary: string }) {
  const problems = Object.entries(errors);
  return (
    <>
      {notice ? (
        <p class="form-alert" role="alert">
          {notice}
        </p>
      ) : null}
      {problems.length > 0 ? (
        <div class="form-alert" role="alert">
          <p>{summary}</p>
          <ul>
            {problems.map(([name, message]) => (
              <li key={name}>
                <a href={`#f-${name}`}>{message}</a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </>
  );
}
