/**
 * The user at each Lab page: the button a person clicks to save the record the side panel says is
 * filled in (the filler never clicks it), and on stage-then-publish pages the button that
 * publishes. Test data only: the filler itself knows none of these words.
 */
import type { FrameLocator, Page } from 'playwright-core';

export interface LabUser {
  /** The page's save (or "add to the list") button in the open add form. */
  save: string;
  /** Stage-then-publish pages: the final publish button. */
  publish?: string;
  /** The editor lives in a same-origin frame. */
  framed?: boolean;
}

export const LAB_USERS: Readonly<Record<string, LabUser>> = {
  'angular-material': { save: 'Add record' },
  antd: { save: 'Ajouter à la liste', publish: 'Publier les modifications' },
  bootstrap: { save: 'Enregistrer', framed: true },
  carbon: { save: 'Add record' },
  'element-plus': { save: 'Enregistrer' },
  fluent: { save: 'OK' },
  'headless-ui': { save: 'Create record' },
  kumo: { save: 'Save' },
  mantine: { save: 'Add' },
  mui: { save: 'Save' },
  ods: { save: 'Ajouter' },
  'plain-html': { save: 'Ajouter l’enregistrement' },
  radix: { save: 'Save record' },
  'react-aria': { save: 'Create record' },
  'react-select': { save: 'Add record', publish: 'Publish changes' },
  shoelace: { save: 'Ajouter' },
  vuetify: { save: 'Valider' },
};

function surface(page: Page, user: LabUser): Page | FrameLocator {
  return user.framed ? page.frameLocator('iframe') : page;
}

/** Clicks the save button of the form the filler filled (the last one of that name: a dialog sits after the page's own buttons). */
export async function clickSave(page: Page, user: LabUser): Promise<void> {
  await surface(page, user).getByRole('button', { name: user.save, exact: true }).last().click();
}

export async function clickPublish(page: Page, user: LabUser): Promise<void> {
  await surface(page, user).getByRole('button', { name: user.publish!, exact: true }).click();
}
