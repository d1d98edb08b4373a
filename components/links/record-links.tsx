import { linksFor } from "@/lib/links/queries";
import type { RecordType } from "@/lib/domain";
import { createLinkAction } from "@/app/(app)/records/actions";
import { LinkList } from "./link-list";
import { LinkForm } from "./link-form";
import { AddDetails } from "@/components/ui/add-details";
import { Section } from "@/components/ui/section";

/** A record's links, both ways, with the link picker for analysts. */
export async function RecordLinks({
  recordType,
  id,
  canEdit,
  links,
  children,
}: {
  recordType: RecordType;
  id: number;
  canEdit: boolean;
  links?: Awaited<ReturnType<typeof linksFor>>;
  children?: React.ReactNode;
}) {
  const shown = links ?? (await linksFor(recordType, id));
  return (
    <Section id="links" title="Links">
      <LinkList links={shown} canEdit={canEdit} />
      {children}
      {canEdit ? (
        <AddDetails summary="Add a link">
          <LinkForm action={createLinkAction} fromType={recordType} fromId={id} />
        </AddDetails>
      ) : null}
    </Section>
  );
}
