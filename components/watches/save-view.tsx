import { saveViewAction } from "@/app/(app)/inbox/actions";
import { AddDetails } from "@/components/ui/add-details";
import { SaveViewForm } from "./watch-forms";

/** "Save this view", folded away until wanted: the page's filters under a name, listed in the inbox. */
export function SaveView({ page, query }: { page: string; query: string }) {
  return (
    <AddDetails summary="Save this view">
      <SaveViewForm action={saveViewAction} page={page} query={query} />
    </AddDetails>
  );
}
