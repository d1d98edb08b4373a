import { DateText } from "@/components/ui/date-text";
import type { FormAction } from "@/lib/forms/form-state";
import { NewTokenForm, RevokeTokenForm } from "./access-token-forms";

type Token = {
  id: number;
  name: string;
  prefix: string;
  createdAt: Date;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
};

const stateOf = (t: Token, now: Date): "works" | "revoked" | "expired" =>
  t.revokedAt ? "revoked" : t.expiresAt && t.expiresAt <= now ? "expired" : "works";

/** Texts of one kind of token's section. */
export type TokenSection = {
  id: string;
  heading: string;
  intro: React.ReactNode;
  caption: string;
  none: string;
  make: { heading: string; submit: string; hidden?: Record<string, string> };
};

/** One kind of the account's tokens: made, last used, until when; revoked in place; a form to make one. */
export function AccessTokens({
  section,
  tokens,
  create,
  revoke,
  now = new Date(),
}: {
  section: TokenSection;
  tokens: Token[];
  create: FormAction;
  revoke: FormAction;
  now?: Date;
}) {
  return (
    <section aria-labelledby={section.id} className="section">
      <h2 id={section.id}>{section.heading}</h2>
      {section.intro}
      {tokens.length ? (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">{section.caption}</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Begins</th>
                <th scope="col">Made</th>
                <th scope="col">Last used</th>
                <th scope="col">Works until</th>
                <th scope="col">State</th>
              </tr>
            </thead>
            <tbody>
              {tokens.map((t) => {
                return (
                  <tr key={t.id}>
                    <th scope="row">{t.name}</th>
                    <td>
                      <code>{t.prefix}…</code>
                    </td>
                    <td>
                      <DateText date={t.createdAt} />
                    </td>
                    <td>{t.lastUsedAt ? <DateText date={t.lastUsedAt} /> : "never"}</td>
                    <td>{t.expiresAt ? <DateText date={t.expiresAt} /> : "until revoked"}</td>
                    <td>
                      <RevokeTokenForm action={revoke} id={t.id} name={t.name} state={stateOf(t, now)} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="muted">{section.none}</p>
      )}
      <NewTokenForm action={create} id={`${section.id}-new`} {...section.make} />
    </section>
  );
}
