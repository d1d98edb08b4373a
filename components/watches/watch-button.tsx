import { watchAction, stopWatchAction } from "@/app/(app)/inbox/actions";
import { watchOf } from "@/lib/watches/queries";
import type { WatchTarget } from "@/lib/watches/kinds";
import { OneButtonForm } from "./watch-forms";

type Props = {
  target: Omit<WatchTarget, "otherId"> & { otherId?: number };
  /** what is watched, as a screen reader hears it: "the India-US Homeland Security Dialogue" */
  name: string;
};

/** "Watch" or "Stop watching", for a target whose watch (or none) is already known. */
export function WatchToggle({ target, name, watch }: Props & { watch: { id: number } | null }) {
  return watch ? (
    <OneButtonForm
      action={stopWatchAction}
      hidden={{ id: watch.id }}
      submit="Stop watching"
      label={`Stop watching ${name}`}
    />
  ) : (
    <OneButtonForm
      action={watchAction}
      hidden={{ kind: target.kind, targetId: target.targetId, otherId: target.otherId }}
      submit="Watch"
      label={`Watch ${name}`}
    />
  );
}

/** "Watch" or "Stop watching" for one target, as the signed-in user stands with it. */
export async function WatchButton({ userId, ...props }: Props & { userId: number }) {
  const watch = await watchOf(userId, { ...props.target, otherId: props.target.otherId ?? 0 });
  return <WatchToggle {...props} watch={watch} />;
}
