import { linksFor } from "@/lib/links/queries";
import { linkNeighbourhood } from "@/lib/links/neighbourhood";
import { layoutLinkMap } from "@/lib/charts/link-map-layout";
import type { RecordType } from "@/lib/domain";
import { createLinkAction } from "@/app/(app)/records/actions";
import { LinkMap } from "@/components/charts/link-map";
import { LinkList } from "./link-list";
import { OnDemand } from "@/components/ui/on-demand";
import { LazyLinkForm } from "@/components/forms/on-demand-forms";
import { Section } from "@/components/ui/section";

/** A record's links, both ways, drawn as a map one or two steps out beside the list, with the link picker for analysts. */
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
  const [shown, hood] = await Promise.all([
    links ?? linksFor(recordType, id),
    linkNeighbourhood({ type: recordType, id }),
  ]);
  const map = layoutLinkMap(hood);
  const list = (
    <div>
      <LinkList links={shown} canEdit={canEdit} />
      {children}
      {canEdit ? (
        <OnDemand name="link" summary="Add a link">
          <LazyLinkForm action={createLinkAction} fromType={recordType} fromId={id} />
        </OnDemand>
      ) : null}
    </div>
  );
  return (
    <Section id="links" title="Links">
      {/* the same tree with or without a map, so the form keeps its state (its "Linked") when the first link draws one */}
      <div className={map ? "links-with-map drawn" : "links-with-map"}>
        {map ? <LinkMap layout={map} title="Links one and two steps out" /> : null}
        {list}
      </div>
    </Section>
  );
}
