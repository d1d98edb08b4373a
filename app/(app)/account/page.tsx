import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { roleLabel } from "@/lib/auth/roles";
import { PageHeader } from "@/components/ui/page-header";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { changePasswordAction, createApiTokenAction, createFeedTokenAction, revokeAccessTokenAction } from "./actions";
import { AccessTokens, type TokenSection } from "@/components/account/access-tokens";
import { accessTokensOf } from "@/lib/tokens/tokens";
import { Fact, Facts } from "@/components/ui/facts";
import { firstParam, type SearchParamsProps } from "@/lib/params";
import { parseTimelineQuery, timelineQueryString } from "@/lib/timeline/query";
import { parseAtomTarget } from "@/lib/feeds/atom";

export const metadata: Metadata = { title: "My account" };

const API: TokenSection = {
  id: "api-tokens",
  heading: "API tokens",
  intro: (
    <p>
      A token lets another program read Parley as you, through the read API (
      <a href="/api/v1/openapi.json">its OpenAPI description</a>): send it as{" "}
      <code>Authorization: Bearer &lt;token&gt;</code>. It can read, never change. It is shown once, when made; Parley
      keeps only a fingerprint of it.
    </p>
  ),
  caption: "Your API tokens",
  none: "You have no API tokens.",
  make: { heading: "Make a token", submit: "Make token" },
};

function feedSection(timeline: string, atom: string): TokenSection {
  return {
    id: "calendar-feeds",
    heading: "Calendar and Atom feeds",
    intro: (
      <p>
        A calendar program subscribes to a timeline at an address that holds a secret of its own: it shows meetings,
        agreement milestones, commitments due and terms ending, and follows every change. A feed reader subscribes to
        your inbox, one watch or one saved view the same way (Atom). Anyone with the address sees what you see, so
        revoke it here if it is shared by mistake.{" "}
        {atom ? (
          <>
            The feed you make now is the Atom feed of{" "}
            {atom === "inbox" ? "everything you watch" : atom.startsWith("watch") ? "one watch" : "one saved view"}{" "}
            (from <a href="/inbox">your inbox</a>).
          </>
        ) : timeline ? (
          <>
            The feed you make now is of the timeline <a href={`/timeline?${timeline}`}>you came from</a>.
          </>
        ) : (
          <>
            To subscribe to one timeline, use <em>Subscribe in a calendar</em> on its page; a feed made here shows every
            timeline event.
          </>
        )}
      </p>
    ),
    caption: "Your feeds",
    none: "You have no feeds.",
    make: {
      heading: atom ? "Make an Atom feed" : "Make a calendar feed",
      submit: "Make feed",
      hidden: atom ? { atom } : timeline ? { timeline } : undefined,
    },
  };
}

export default async function AccountPage({ searchParams }: SearchParamsProps) {
  const user = await requireUser();
  const params = await searchParams;
  const asked = firstParam(params.subscribe);
  const atomAsked = firstParam(params.atom);
  const atom = parseAtomTarget(atomAsked) ? atomAsked : "";
  // Only what a timeline's address can hold, in its own spelling.
  const timeline = asked
    ? timelineQueryString(parseTimelineQuery(Object.fromEntries(new URLSearchParams(asked)))).replace(/^\?/, "")
    : "";
  const [apiTokens, feeds] = await Promise.all([accessTokensOf(user.id, "API"), accessTokensOf(user.id, "FEED")]);
  return (
    <>
      <PageHeader title="My account">
        <Facts>
          <Fact label="Name">{user.name}</Fact>
          <Fact label="Email">{user.email}</Fact>
          <Fact label="Role">{roleLabel[user.role]}</Fact>
        </Facts>
      </PageHeader>
      <ChangePasswordForm action={changePasswordAction} />
      <AccessTokens section={API} tokens={apiTokens} create={createApiTokenAction} revoke={revokeAccessTokenAction} />
      <AccessTokens
        section={feedSection(timeline, atom)}
        tokens={feeds}
        create={createFeedTokenAction}
        revoke={revokeAccessTokenAction}
      />
    </>
  );
}
