import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { DateText } from "@/components/ui/date-text";
import { markReadAction, muteWatchAction, stopWatchAction } from "@/app/(app)/inbox/actions";
import { watchKindLabel } from "@/lib/watches/kinds";
import type { InboxWatch } from "@/lib/watches/queries";
import { OneButtonForm } from "./watch-forms";

/** Lines shown of each kind of news; the rest are counted. */
const SHOWN = 10;

/** One watch in the inbox: what it follows, its unread news by kind with counts, and its controls. */
export function WatchDigest({ watch }: { watch: InboxWatch }) {
  const { thing } = watch;
  const name = `${watchKindLabel[watch.kind].toLowerCase()} ${thing.title}`;
  const headingId = `watch-${watch.id}`;
  return (
    <article className="watch" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <span className="muted">{watchKindLabel[watch.kind]}:</span>{" "}
        {thing.href ? <Link href={thing.href}>{thing.title}</Link> : thing.title}{" "}
        {watch.muted ? (
          <Badge>muted</Badge>
        ) : watch.unread ? (
          <span className="count-badge" aria-label={`${watch.unread} unread`}>
            {watch.unread}
          </span>
        ) : null}
      </h3>
      {watch.muted ? (
        <p className="muted">Muted: not counted or listed until you unmute it.</p>
      ) : watch.groups.length ? (
        watch.groups.map((group) => (
          <section key={group.kind} className="news-group" aria-label={group.heading}>
            <h4>{group.heading}</h4>
            <ul className="record-list">
              {group.lines.slice(0, SHOWN).map((line) => (
                <li key={line.key}>
                  {line.href ? <Link href={line.href}>{line.title}</Link> : line.title}
                  {line.detail ? <> — {line.detail}</> : null}{" "}
                  <span className="meta">
                    <DateText date={line.at} />
                  </span>
                </li>
              ))}
            </ul>
            {group.lines.length > SHOWN ? <p className="muted">and {group.lines.length - SHOWN} more</p> : null}
          </section>
        ))
      ) : (
        <p className="muted">
          Nothing new since <DateText date={watch.seenAt} />.
        </p>
      )}
      <div className="toolbar" role="group" aria-label={`Controls of the watch of ${name}`}>
        {watch.unread ? (
          <OneButtonForm
            action={markReadAction}
            hidden={{ id: watch.id }}
            submit="Mark read"
            label={`Mark ${name} read`}
          />
        ) : null}
        <OneButtonForm
          action={muteWatchAction}
          hidden={{ id: watch.id, muted: watch.muted ? "false" : "true" }}
          submit={watch.muted ? "Unmute" : "Mute"}
          label={`${watch.muted ? "Unmute" : "Mute"} ${name}`}
        />
        <OneButtonForm
          action={stopWatchAction}
          hidden={{ id: watch.id }}
          submit="Stop watching"
          label={`Stop watching ${name}`}
        />
        <Link href={`/account?atom=watch-${watch.id}#calendar-feeds`}>Atom feed</Link>
      </div>
    </article>
  );
}
