import { getRouteApi } from '@tanstack/react-router';
import { AccountsPage } from '../../pages/accounts.tsx';
import { AuditPage } from '../../pages/audit.tsx';
import { DecreePage, DecreesPage } from '../../pages/decrees.tsx';
import { ImportPage } from '../../pages/import.tsx';
import { OutboxPage } from '../../pages/outbox.tsx';
import { PeoplePage, PersonPage } from '../../pages/people.tsx';
import { TenantPage } from '../../pages/tenant.tsx';
import { UnitPage } from '../../pages/unit.tsx';
import { UnitsPage } from '../../pages/units.tsx';

// The organisation's and the administrator's screens (one chunk): units, people, decrees, accounts, audit, outbox, tenant.
const unit = getRouteApi('/signedIn/unit/$id/{-$tab}');
const person = getRouteApi('/signedIn/orang/$id');
const decree = getRouteApi('/signedIn/sk/$id');

export const UnitsScreen = UnitsPage;
export const PeopleScreen = PeoplePage;
export const DecreesScreen = DecreesPage;
export const ImportScreen = ImportPage;
export const AccountsScreen = AccountsPage;
export const AuditScreen = AuditPage;
export const OutboxScreen = OutboxPage;
export const TenantScreen = TenantPage;

/** `/unit/:id` and `/unit/:id/:tab` (the data tab when none is named). */
export function UnitScreen() {
  const { id, tab } = unit.useParams();
  return <UnitPage key={id} id={id} tab={tab ?? 'data'} />;
}

export function PersonScreen() {
  const { id } = person.useParams();
  return <PersonPage key={id} id={id} />;
}

export function DecreeScreen() {
  const { id } = decree.useParams();
  return <DecreePage key={id} id={id} />;
}
