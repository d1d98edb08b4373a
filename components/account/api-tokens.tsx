import { DateText } from "@/components/ui/date-text";
import type { FormAction } from "@/lib/forms/form-state";
import { NewApiTokenForm, RevokeTokenForm } from "./api-token-forms";

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

/** The account's API tokens: made, last used, until when; revoked in place; a form to make one. */
export function ApiTokens({
  tokens,
  create,
  revoke,
  now = new Date(),
}: {
  tokens: Token[];
  create: FormAction;
  revoke: FormAction;
  now?: Date;
}) {
  return (
    <section aria-labelledby="api-tokens" className="section">
      <h2 id="api-tokens">API tokens</h2>
      <p>
        A token lets another program read Parley as you, through the read API (
        <a href="/api/v1/openapi.json">its OpenAPI description</a>): send it as{" "}
        <code>Authorization: Bearer &lt;token&gt;</code>. It can read, never change. It is shown once, when made; Parley
        keeps only a fingerprint of it.
      </p>
      {tokens.length ? (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">Your API tokens</caption>
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
        <p className="muted">You have no API tokens.</p>
      )}
      <NewApiTokenForm action={create} />
    </section>
  );
}
