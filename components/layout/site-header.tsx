import Link from "next/link";
import { NavLink } from "./nav-link";

const SECTIONS = [
  { href: "/dialogues", label: "Dialogues" },
  { href: "/agreements", label: "Agreements" },
  { href: "/outcomes", label: "Outcomes" },
  { href: "/countries", label: "Countries" },
  { href: "/topics", label: "Topics" },
  { href: "/people", label: "People & organisations" },
  { href: "/search", label: "Search" },
];

export function SiteHeader({ children }: { children?: React.ReactNode }) {
  return (
    <header className="site-header">
      <Link href="/" className="brand">
        Parley
      </Link>
      <nav aria-label="Main">
        <ul>
          {SECTIONS.map((section) => (
            <li key={section.href}>
              <NavLink href={section.href}>{section.label}</NavLink>
            </li>
          ))}
        </ul>
      </nav>
      {children}
    </header>
  );
}
