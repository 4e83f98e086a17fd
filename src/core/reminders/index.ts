export * from "./types";
export * from "./templates";
export * from "./renderTemplate";
export * from "./remindersDue";
export * from "./logEntriesFor";
export * from "./renderReminder";
export * from "./callTasks";
