import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { draftFromSettings, settingsFromDraft } from "../../src/taskpane/screens/settingsDraft";

describe("settingsDraft", () => {
  it("keeps each stage's action (the call list) through an edit and save", () => {
    const base = DEFAULT_SETTINGS;
    const saved = settingsFromDraft(draftFromSettings(base), base);
    expect(saved.ok && saved.settings.dunning.stages.map((s) => [s.name, s.action])).toEqual([
      ["Upcoming", undefined],
      ["Reminder 1", undefined],
      ["Reminder 2", "phone"],
      ["Final notice", undefined],
      ["Collections", undefined],
    ]);
  });
});
