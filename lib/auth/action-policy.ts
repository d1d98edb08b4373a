import type { Role } from "@/lib/domain";

/**
 * The least role each server action needs, by its exported name. Every action goes through
 * defineAction(), which refuses anyone below this role; the role-matrix test
 * (app/actions.int.test.ts) fails for any exported action missing here.
 */
export const ACTION_POLICY = {
  // records
  createSeriesAction: "ANALYST",
  createDialogueAction: "ANALYST",
  updateDialogueAction: "ANALYST",
  addParticipationAction: "ANALYST",
  createOutcomeAction: "ANALYST",
  createAgreementAction: "ANALYST",
  updateFollowUpAction: "ANALYST",
  updateOutcomeAction: "ANALYST",
  assessCommitmentAction: "ANALYST",
  addAgendaItemAction: "ANALYST",
  updateAgendaItemAction: "ANALYST",
  moveAgendaItemAction: "ANALYST",
  markAgendaItemAction: "ANALYST",
  takeUpAgendaItemAction: "ANALYST",
  updateParticipationAction: "ANALYST",
  updateSourceAction: "ANALYST",
  updateCitationAction: "ANALYST",
  updateSeriesAction: "ANALYST",
  updateAgreementAction: "ANALYST",
  updatePersonAction: "ANALYST",
  addPositionAction: "ANALYST",
  updateOrganisationAction: "ANALYST",
  mergePeopleAction: "ANALYST",
  mergeOrganisationsAction: "ANALYST",
  createTopicAction: "ANALYST",
  updateTopicAction: "ANALYST",
  mergeTopicsAction: "ANALYST",
  createCountryAction: "ANALYST",
  updateCountryAction: "ANALYST",
  createSourceAction: "ANALYST",
  createCitationAction: "ANALYST",
  deleteRecordAction: "ANALYST",
  restoreRecordAction: "ANALYST",
  createLinkAction: "ANALYST",
  deleteLinkAction: "ANALYST",
  changeAgreementStatusAction: "ANALYST",
  importFileAction: "ANALYST",
  startCaptureAction: "ANALYST",
  saveCaptureAction: "ANALYST",
  confirmCaptureAction: "ANALYST",
  discardCaptureAction: "ANALYST",
  ignoreCaptureTermAction: "ANALYST",
  // own account
  changePasswordAction: "VIEWER",
  // read-only tokens: anyone who may read may make one
  createApiTokenAction: "VIEWER",
  createFeedTokenAction: "VIEWER",
  revokeAccessTokenAction: "VIEWER",
  watchAction: "VIEWER",
  stopWatchAction: "VIEWER",
  muteWatchAction: "VIEWER",
  markReadAction: "VIEWER",
  saveViewAction: "VIEWER",
  deleteViewAction: "VIEWER",
  // users
  createUserAction: "ADMIN",
  updateUserRoleAction: "ADMIN",
  setUserActiveAction: "ADMIN",
  resetUserPasswordAction: "ADMIN",
  clearSignInLockAction: "ADMIN",
} as const satisfies Record<string, Role>;

export type ActionName = keyof typeof ACTION_POLICY;
