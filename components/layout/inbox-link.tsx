import Link from "next/link";
import { unreadCount } from "@/lib/watches/queries";

/** The header's link to the inbox, with how much of what the user watches is unread. */
export async function InboxLink({ userId }: { userId: number }) {
  const count = await unreadCount(userId);
  return (
    <Link href="/inbox" aria-label={`Inbox: ${count} unread`}>
      Inbox {count ? <span className="count-badge">{count}</span> : null}
    </Link>
  );
}
