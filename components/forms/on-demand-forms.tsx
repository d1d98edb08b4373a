"use client";
// Forms whose code loads the first time one is rendered, not with the page: the add forms of
// record pages (inside an <OnDemand>, rendered when the analyst opens one) and the agenda's forms
// (shown only on a round still to come). Their props are the forms' own.
import { Suspense, lazy, useContext, type ComponentProps, type ComponentType, type ReactNode } from "react";
import { OpenedInBrowser } from "@/components/ui/on-demand";
import type * as AgendaForms from "@/components/agenda/agenda-forms";

// A component is `any` here only in the loader's signature; each export keeps its form's props.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function onFirstRender<C extends ComponentType<any>>(load: () => Promise<C>, fallback: ReactNode = null) {
  let loaded: C | undefined;
  const start = () => load().then((component) => ({ default: (loaded = component) }));
  // The server loads the form at once, so that one asked for by the page's address (`?add=…`,
  // without JavaScript) is drawn in the page's HTML: streamed in later, it would take a script to show.
  if (typeof window === "undefined") void start();
  // A thenable that is already settled lets lazy() render without suspending.
  const Lazy = lazy(() => {
    const component = loaded;
    if (!component) return start();
    const settled = { then: (settle: (module: { default: C }) => void) => settle({ default: component }) };
    return settled as unknown as Promise<{ default: C }>;
  });
  function OnFirstRender(props: ComponentProps<C>) {
    // Opened in the browser, it says it is loading. Drawn by the server it has no boundary of its
    // own: React would stream a boundary's content after the page (to be shown by a script), and
    // the browser keeps the server's form on screen until the code has loaded.
    if (!useContext(OpenedInBrowser)) return <Lazy {...props} />;
    return (
      <Suspense fallback={fallback}>
        <Lazy {...props} />
      </Suspense>
    );
  }
  return OnFirstRender;
}

const loading = <p role="status">Loading the form…</p>;

export const LazyParticipationForm = onFirstRender(
  () => import("@/components/participations/participation-form").then((m) => m.ParticipationForm),
  loading,
);
export const LazyOutcomeForm = onFirstRender(
  () => import("@/components/outcomes/outcome-form").then((m) => m.OutcomeForm),
  loading,
);
export const LazyCitationForm = onFirstRender(
  () => import("@/components/sources/citation-form").then((m) => m.CitationForm),
  loading,
);
export const LazyFollowUpForm = onFirstRender(
  () => import("@/components/outcomes/follow-up-form").then((m) => m.FollowUpForm),
  loading,
);
export const LazyLinkForm = onFirstRender(
  () => import("@/components/links/link-form").then((m) => m.LinkForm),
  loading,
);

const agendaForm = <K extends keyof typeof AgendaForms>(name: K) =>
  import("@/components/agenda/agenda-forms").then((m) => m[name]);
export const LazyAddAgendaItemForm = onFirstRender(() => agendaForm("AddAgendaItemForm"), loading);
export const LazyEditAgendaItemForm = onFirstRender(() => agendaForm("EditAgendaItemForm"));
export const LazyMarkAgendaItemForm = onFirstRender(() => agendaForm("MarkAgendaItemForm"));
export const LazyMoveAgendaItem = onFirstRender(() => agendaForm("MoveAgendaItem"));
export const LazyTakeUpForm = onFirstRender(() => agendaForm("TakeUpForm"));
export const LazyAddToAgendaButton = onFirstRender(() => agendaForm("AddToAgendaButton"));
