import { sections, type Route } from './routes';

export function MainNav({ route }: { readonly route: Route }) {
  const current = route.kind === 'section' ? route.section.id : null;
  return (
    <nav className="main-nav" aria-label="Sections">
      <ul>
        {sections.map((section) => (
          <li key={section.id}>
            <a href={section.href} aria-current={section.id === current ? 'page' : undefined}>
              {section.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
