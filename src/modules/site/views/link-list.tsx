import type { Crumb } from './layout.tsx';

/** A section's sub-menu (Profil, Berita by bidang, Publikasi), with this page marked current. */
export function SectionNav({ label, items, current }: { label: string; items: Crumb[]; current?: string }) {
  if (items.length === 0) return null;
  return (
    <nav class="subnav" aria-label={label}>
      <ul>
        {items.map((item) => (
          <li key={item.href}>
            <a href={item.href} aria-current={item.href === current ? 'page' : undefined}>
              {item.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
