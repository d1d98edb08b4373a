// The audit trail and rules of the writes shared by every record type: delete, restore, link,
// unlink, agreement status changes, and the user-management writes.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeUser } from "@/test/users";
import { seedDemoData } from "@/test/seed";
import { ActionError } from "@/lib/errors";
import { parseVagueDate } from "@/lib/forms/vague-date";
import { setDeleted } from "./soft-delete";
import { createLink, deleteLink } from "@/lib/links/mutations";
import { linksFor } from "@/lib/links/queries";
import { changeAgreementStatus } from "@/lib/agreements/mutations";
import { changeOwnPassword, createUser, resetUserPassword, setUserActive, updateUserRole } from "@/lib/users/mutations";
import { getDialogue } from "@/lib/dialogues/queries";
import { authenticate } from "@/lib/auth/sign-in";

let analyst: Awaited<ReturnType<typeof makeUser>>;
let admin: Awaited<ReturnType<typeof makeUser>>;

beforeAll(async () => {
  await seedDemoData();
  analyst = await makeUser("ANALYST");
  admin = await makeUser("ADMIN");
});

const lastAudit = (where: object) =>
  db.auditEvent.findFirst({
    where,
    orderBy: { id: "desc" },
    select: { action: true, userId: true, recordType: true, recordId: true, before: true, after: true },
  });

describe("soft deletion", () => {
  it("hides a deleted dialogue, keeps its links, and restores it with them intact", async () => {
    const meeting = await db.dialogue.findFirstOrThrow({ where: { status: "HELD" }, select: { id: true } });
    const linksBefore = await linksFor("DIALOGUE", meeting.id);
    expect(linksBefore.length).toBeGreaterThan(0);

    await setDeleted("DIALOGUE", meeting.id, true, analyst);
    expect(await getDialogue(meeting.id)).toBeNull();
    expect(await lastAudit({ recordType: "DIALOGUE", recordId: meeting.id })).toMatchObject({
      action: "DELETE",
      userId: analyst.id,
    });

    await setDeleted("DIALOGUE", meeting.id, false, analyst);
    const restored = await getDialogue(meeting.id);
    expect(restored?.links.map((l) => l.id)).toEqual(linksBefore.map((l) => l.id));
    expect(await lastAudit({ recordType: "DIALOGUE", recordId: meeting.id })).toMatchObject({
      action: "RESTORE",
      userId: analyst.id,
    });
  });
});

describe("links", () => {
  it("links two records, reads the link from both ends, and unlinks it, auditing both", async () => {
    const [a, b] = await db.agreement.findMany({ orderBy: { id: "asc" }, take: 2, select: { id: true } });
    const id = await createLink(
      { fromType: "AGREEMENT", fromId: b!.id, relation: "IMPLEMENTS", toType: "AGREEMENT", toId: a!.id },
      analyst,
    );
    expect((await linksFor("AGREEMENT", b!.id)).find((l) => l.id === id)?.wording).toBe("implements");
    expect((await linksFor("AGREEMENT", a!.id)).find((l) => l.id === id)?.wording).toBe("implemented by");
    expect(await lastAudit({ recordType: "LINK", recordId: id })).toMatchObject({ action: "LINK", userId: analyst.id });

    await expect(
      createLink(
        { fromType: "AGREEMENT", fromId: b!.id, relation: "IMPLEMENTS", toType: "AGREEMENT", toId: a!.id },
        analyst,
      ),
    ).rejects.toThrow(/already linked/);
    await deleteLink(id, analyst);
    expect((await linksFor("AGREEMENT", a!.id)).map((l) => l.id)).not.toContain(id);
    expect(await lastAudit({ recordType: "LINK", recordId: id })).toMatchObject({
      action: "UNLINK",
      before: expect.objectContaining({ relation: "IMPLEMENTS" }),
    });
  });

  it("refuses a link to a record that does not exist", async () => {
    const agreement = await db.agreement.findFirstOrThrow({ select: { id: true } });
    await expect(
      createLink(
        { fromType: "AGREEMENT", fromId: agreement.id, relation: "RELATED", toType: "DIALOGUE", toId: 987654 },
        analyst,
      ),
    ).rejects.toThrow(ActionError);
  });
});

describe("agreement status changes", () => {
  it("records a dated transition, updates the agreement and audits it", async () => {
    const moc = await db.agreement.findFirstOrThrow({
      where: { status: "UNDER_NEGOTIATION" },
      select: { id: true, version: true },
    });
    await changeAgreementStatus(
      {
        agreementId: moc.id,
        version: moc.version,
        status: "SIGNED",
        date: parseVagueDate("2024-09-10")!,
        correction: false,
      },
      analyst,
    );
    const saved = await db.agreement.findUniqueOrThrow({
      where: { id: moc.id },
      include: { statusHistory: { orderBy: { date: "asc" } } },
    });
    expect([saved.status, saved.signedDate?.toISOString().slice(0, 10)]).toEqual(["SIGNED", "2024-09-10"]);
    expect(saved.statusHistory.map((h) => h.status)).toEqual(["UNDER_NEGOTIATION", "SIGNED"]);
    expect(await lastAudit({ recordType: "AGREEMENT", recordId: moc.id })).toMatchObject({
      action: "STATUS_CHANGE",
      before: { status: "UNDER_NEGOTIATION" },
    });
  });

  it("refuses signed -> proposed, unless an admin corrects history explicitly", async () => {
    const signed = await db.agreement.findFirstOrThrow({
      where: { status: "SIGNED" },
      select: { id: true, version: true },
    });
    const back = {
      agreementId: signed.id,
      version: signed.version,
      status: "PROPOSED" as const,
      date: parseVagueDate("2025")!,
      correction: false,
    };
    await expect(changeAgreementStatus(back, analyst)).rejects.toThrow(/cannot go from signed to proposed/);
    await expect(changeAgreementStatus({ ...back, correction: true }, analyst)).rejects.toThrow(/Only an admin/);
    await changeAgreementStatus({ ...back, correction: true }, admin);
    expect((await db.agreement.findUniqueOrThrow({ where: { id: signed.id } })).status).toBe("PROPOSED");
  });
});

describe("user management", () => {
  it("audits account creation, role changes, deactivation and password resets", async () => {
    const created = await createUser({ email: "new.analyst@parley.test", name: "New Analyst", role: "VIEWER" }, admin);
    expect(await authenticate("new.analyst@parley.test", created.password, "10.5.0.1")).not.toBeNull();
    expect(await lastAudit({ recordType: "USER", recordId: created.id, action: "CREATE" })).toMatchObject({
      userId: admin.id,
    });

    await updateUserRole({ id: created.id, version: 1, role: "ANALYST" }, admin);
    expect(await lastAudit({ recordType: "USER", recordId: created.id })).toMatchObject({
      action: "ROLE_CHANGE",
      before: { role: "VIEWER" },
      after: { role: "ANALYST" },
    });

    await setUserActive({ id: created.id, version: 2, active: false }, admin);
    expect(await authenticate("new.analyst@parley.test", created.password, "10.5.0.1")).toBeNull();

    const fresh = await resetUserPassword(created.id, admin);
    expect(fresh).not.toBe(created.password);
    expect(await lastAudit({ recordType: "USER", recordId: created.id })).toMatchObject({
      action: "PASSWORD_CHANGE",
      userId: admin.id,
    });
  });

  it("never demotes or deactivates the last active admin", async () => {
    const admins = await db.user.findMany({
      where: { role: "ADMIN", active: true },
      select: { id: true, version: true },
    });
    for (const other of admins.slice(1)) await db.user.update({ where: { id: other.id }, data: { active: false } });
    const last = admins[0]!;
    await expect(updateUserRole({ id: last.id, version: last.version, role: "VIEWER" }, admin)).rejects.toThrow(
      /last active admin/,
    );
    await expect(setUserActive({ id: last.id, version: last.version, active: false }, admin)).rejects.toThrow(
      /last active admin/,
    );
    for (const other of admins.slice(1)) await db.user.update({ where: { id: other.id }, data: { active: true } });
  });

  it("changes one's own password only with the current one", async () => {
    const viewer = await makeUser("VIEWER");
    await expect(changeOwnPassword(viewer, "not it", "a brand new password")).rejects.toThrow(
      /current password is not correct/,
    );
    await changeOwnPassword(viewer, viewer.password, "a brand new password");
    expect(await authenticate(viewer.email, "a brand new password", "10.6.0.1")).not.toBeNull();
    expect(await lastAudit({ recordType: "USER", recordId: viewer.id, action: "PASSWORD_CHANGE" })).toMatchObject({
      userId: viewer.id,
    });
  });
});
