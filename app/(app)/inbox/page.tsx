import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { inboxOf } from "@/lib/watches/queries";
import { savedViewPageLabel } from "@/lib/watches/views";
import { PageHeader } from "@/components/ui/page-header";
import { WatchDigest } from "@/components/watches/watch-digest";
import { OneButtonForm } from "@/components/watches/watch-forms";
import { WatchToggle } from "@/components/watches/watch-button";
import { deleteViewAction, markReadAction } from "./actions";

export const metadata: Metadata = { title: "Inbox" };

export default async function InboxPage() {
  const user = await requireUser();
  const inbox = await inboxOf(user.id);
  return (
    <>
      <PageHeader title="Inbox">
        <p>
          What others changed in what you watch since you last marked it read: new and rescheduled rounds, agreement
          status changes, new outcomes and commitments, commitments falling due or overdue, and agreement terms ending.
        </p>
        <div className="toolbar" role="group" aria-label="The whole inbox">
          {inbox.unread ? (
            <OneButtonForm
              action={markReadAction}
              hidden={{ id: "all" }}
              submit="Mark all read"
              label="Mark all read"
            />
          ) : null}
          <Link href="/account?atom=inbox#calendar-feeds">Atom feed of everything you watch</Link>
        </div>
      </PageHeader>

      <section aria-labelledby="watching" className="section">
        <h2 id="watching">Watching</h2>
        {inbox.watches.length ? (
          inbox.watches.map((watch) => <WatchDigest key={watch.id} watch={watch} />)
        ) : (
          <p className="muted">
            You watch nothing yet. Use <em>Watch</em> on the page of a series, theme, country, agreement, person or
            organisation, or save a view of dialogues, agreements, outcomes or a search and watch it.
          </p>
        )}
      </section>

      <section aria-labelledby="saved-views" className="section">
        <h2 id="saved-views">Saved views</h2>
        {inbox.views.length ? (
          <div className="table-scroll">
            <table>
              <caption className="visually-hidden">Your saved views</caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Of</th>
                  <th scope="col">New since you last looked</th>
                  <th scope="col">Address to share</th>
                  <th scope="col">Watch</th>
                  <th scope="col">Remove</th>
                </tr>
              </thead>
              <tbody>
                {inbox.views.map((view) => (
                  <tr key={view.id}>
                    <th scope="row">
                      {/* A plain link: opening it notes the look, so it must not be prefetched. */}
                      <a href={`/views/${view.id}`}>{view.name}</a>
                    </th>
                    <td>{savedViewPageLabel[view.page]}</td>
                    <td>{view.newSince}</td>
                    <td>
                      <a href={view.href} className="address">
                        {view.href}
                      </a>
                    </td>
                    <td>
                      <WatchToggle target={{ kind: "VIEW", targetId: view.id }} name={view.name} watch={view.watch} />
                    </td>
                    <td>
                      <OneButtonForm
                        action={deleteViewAction}
                        hidden={{ id: view.id }}
                        submit="Remove"
                        label={`Remove the saved view ${view.name}`}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p className="muted">
            No saved views. On Dialogues, Agreements, Outcomes or Search, choose filters and use <em>Save view</em>.
          </p>
        )}
      </section>
    </>
  );
}
