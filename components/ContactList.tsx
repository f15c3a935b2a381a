import type { NewsItem } from "@/lib/content/model";

type Contact = NonNullable<NewsItem["contacts"]>[number];

export function ContactList({ contacts }: { contacts: readonly Contact[] }) {
  return (
    <ul className="grid gap-4 sm:grid-cols-2">
      {contacts.map((contact) => (
        <li key={contact.name} className="border-line bg-surface rounded-lg border p-4">
          <p className="text-ink font-semibold">{contact.name}</p>
          {contact.role || contact.organisation ? (
            <p className="text-muted mt-1 text-sm leading-snug">
              {[contact.role, contact.organisation].filter(Boolean).join(", ")}
            </p>
          ) : null}
          {contact.phone ? (
            <p className="mt-2 text-sm">
              <a
                className="text-brand underline"
                href={`tel:${contact.phone.replace(/[^\d+]/g, "")}`}
              >
                {contact.phone}
              </a>
            </p>
          ) : null}
          {contact.email ? (
            <p className="mt-1 text-sm break-all">
              <a className="text-brand underline" href={`mailto:${contact.email}`}>
                {contact.email}
              </a>
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
