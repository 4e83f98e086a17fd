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

  it("keeps the days between notices through an edit and refuses a negative or fractional one", () => {
    const base = { ...DEFAULT_SETTINGS, dunning: { ...DEFAULT_SETTINGS.dunning, daysBetweenNotices: 7 } };
    const draft = draftFromSettings(base);
    expect(draft.daysBetweenNotices).toBe("7");
    const saved = settingsFromDraft({ ...draft, daysBetweenNotices: " 10 " }, base);
    expect(saved.ok && saved.settings.dunning.daysBetweenNotices).toBe(10);
    for (const bad of ["-1", "2.5", "soon"]) {
      const refused = settingsFromDraft({ ...draft, daysBetweenNotices: bad }, base);
      expect(!refused.ok && refused.errors.daysBetweenNotices).toBe("integer");
    }
  });
});
