<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App icon: a young sprout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A self-help workbook for people in recovery and the people who support them. It is not treatment, diagnosis or therapy, and it does not replace meetings, sponsors, counsellors or doctors. If you are in danger, call your local emergency number; Crisis help in the toolbar lists help lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything you write stays encrypted on this computer. The app makes no network connections: no accounts, no tracking, no update checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or any later version (%1). You may share and change it under those terms; it comes with no warranty. Not affiliated with any recovery organisation or fellowship.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with Qt %1 and PySide6 %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AmendsPanel</name>
    <message>
        <source>People on my list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Willing yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How they were affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add names from my Step 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am willing to make amends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added from your Step 4: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every name from your Step 4 resentments is already on the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Something unexpected went wrong (%1). Your saved entries are safe. If it keeps happening, set RECOVERY_DESKTOP_DEBUG=1 and report the details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BehavioursPage</name>
    <message>
        <source>Behaviours and goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your behaviours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in your own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behaviours status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. my bottom lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In my own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bottom lines (one a line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This goal also covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gentle note: stopping alcohol or some prescribed medicines suddenly can be dangerous for the body. Please talk to a doctor or pharmacist before you stop; they can help you do it safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note about stopping safely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a behaviour to set a goal for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added. Now you can set a goal for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brought back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived: it is hidden from the quick log, and its history stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries or goals refer to it, so it was archived rather than removed: its history stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Your earlier goals stay in the history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>Show as table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chart. Use “Show as table” beside it to read the same numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show as chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoiceField</name>
    <message>
        <source>Not chosen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoosePassphraseScreen</name>
    <message>
        <source>Choose a new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your recovery key opened the vault. Pick a new passphrase you will remember; your recovery key keeps working as before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase could not be saved. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CleanTimePage</name>
    <message>
        <source>Clean time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted from the clean date of each goal of not doing it at all. A lapse logged in Urges and lapses starts that goal&apos;s count again; the days before it still count in your history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the counters (I prefer not to count)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a clean date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The milestones to mark, separated by commas: h for hours, d for days, m for months, y for years. For example: 24h, 30d, 60d, 90d, 6m, 9m, 1y, 18m.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>And every year after that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the usual milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestones message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You reached %1 on %2. That took something; well done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counters are hidden. Your clean dates and history are kept; untick the box to see them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clean date yet. Clean time is counted for goals of not doing something at all; you can set one, with its date, under Behaviours and goals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These are not milestones I can read: %1. Use a number and h, d, m or y, like 30d or 1y. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The usual milestones are back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CleanTimeView</name>
    <message>
        <source>Clean time and lapses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lapses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean time is counted for goals of not doing it at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days since %2. Longest stretch: %3 days. Clean days in all: %4. Lapses since you set this date: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goal set yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals so far:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Log a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you talked about (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrisisCard</name>
    <message>
        <source>Crisis help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You deserve support right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you or someone else is in immediate danger, call &lt;b&gt;%1&lt;/b&gt; now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no number saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app&apos;s numbers were last checked %1; they can change, so check the ones you rely on. If you have stopped alcohol or some medications suddenly and feel unwell, get medical help. This app is a self-help tool, not treatment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone or text: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup is one encrypted file holding everything in your workbook. It opens with your passphrase or your recovery key, on this computer or another. Keep one somewhere else too: another disk, a USB stick or a synced folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has been a while since you kept a backup somewhere else. When you have a moment, back up to another disk or a USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backups: one a day in the data folder, the last 7 days and 4 weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backups: today&apos;s was made and checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restores a backup into a new, empty folder, so the vault you have open now is not changed; or, if you tick the box below, in its place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase or recovery key of the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the restored vault from the next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the vault I have open now (it is kept aside, encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something unexpected went wrong, so it was not finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery Desktop backups (*.rdbackup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1. It is encrypted and was checked after writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an empty folder for the restored vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace your vault with this backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything written since that backup was made will no longer be in your vault. The vault you have now is kept aside, still encrypted, in the data folder, and put back if the backup does not open. The app locks first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace my vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup from %1 was restored into %2 and opened fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the next start the app opens the vault in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailForm</name>
    <message>
        <source>Where were you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who were you with?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What were you doing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What set it off?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What kind of moment was it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HALT: were you…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feelings and how strong (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. restless</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeling %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength of feeling %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did the urge say?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long until it eased?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What helped before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did you try?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much was used or spent?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next time I will try…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A slip is information, not failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What helped you before: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisputePrompts</name>
    <message>
        <source>Questions that may help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag a thought in B to see questions that fit it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FacilitatorDialog</name>
    <message>
        <source>Print for a facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One PDF with a contents page: the worksheets you choose from a period, for a group facilitator or a sponsor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger-log summary (counts, times, top triggers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start date is after the end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one thing to include.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worksheets for my group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved in that period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1 (not encrypted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunFlow</name>
    <message>
        <source>Set up your vault</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Problems to fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalCounter</name>
    <message>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next milestone: %1, on %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every milestone on your list is behind you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your first milestone is ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest stretch: %1. Clean days in all: %2. Lapses since %3: %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportIntoNewVault</name>
    <message>
        <source>Make a new vault from an export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes a new, encrypted vault in an empty folder from a JSON export (for example one made on another computer). The vault you have open now is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key of the new vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write this recovery key down now and keep it somewhere safe. It opens the new vault if you forget its passphrase, and it is not shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the new vault from the next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new vault from an export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an empty folder for the new vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a vault in %1, so nothing was changed there. Please choose an empty folder for the new vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the new vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new vault in %1 holds everything in the export. The vault you have open now is unchanged. The new vault&apos;s recovery key is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made a new vault in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the next start the app opens the new vault in %1. The vault you have open now is unchanged and stays where it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InsightsTab</name>
    <message>
        <source>Behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something to notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urges by weekday and hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urges by weekday and hour, as a chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urges by weekday and hour, as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept to goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lapses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What set it off most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinds of moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HALT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The insights could not be worked out just now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 urges logged in this period. You kept to your goal in %2% of them. Mean strength %3, strongest %4. Lapses: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing logged in this period yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None noted yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something to notice: in the last four weeks you logged %1 urges or lapses around %2, up from %3 in the four weeks before, while %4 went from %5 to %6. When one behaviour eases, the pressure sometimes finds another outlet. That is common and says nothing bad about you. It may be worth a look, perhaps with someone you trust. (Lapses count twice in these numbers.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InventoryList</name>
    <message>
        <source>Who or what I resent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why I have it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where I was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who was hurt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I could do instead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InventoryPanel</name>
    <message>
        <source>Keep this inventory extra private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra private: these three lists, and any unsaved drafts of them, are left out of JSON and CSV copies unless you tick “Include entries marked extra private” when you export. In your vault they are encrypted either way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 4 inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resentments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conduct</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemRows</name>
    <message>
        <source>Add a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalPanel</name>
    <message>
        <source>Journal entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeysAndDeletion</name>
    <message>
        <source>Keys and deleting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you think someone saw your recovery key or copied your files, rotate the keys: the vault is re-encrypted under a new key and you get a new recovery key. Your passphrase stays the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting removes your vault from this computer for good. Type %1 to unlock the button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also delete the automatic backups in the data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete all my data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys rotated. Your new recovery key is %1. Write it down or print a new recovery kit now: the old recovery key no longer opens this vault. Backups made before now still open with the old one; delete them if it was seen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotating keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete all your data?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your vault will be overwritten and removed from this folder%1. This cannot be undone. What it cannot reach: backups or exports you saved elsewhere, and old copies that SSDs and some file systems keep out of sight until they are reused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, with its automatic backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep my data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data was deleted from this computer (%1 files).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LineDialog</name>
    <message>
        <source>Add a help line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit a help line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Call or text 988</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours, languages (optional)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListPanel</name>
    <message>
        <source>Worksheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New worksheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMART-style tools for working through urges, upsets and decisions. Everything stays in your encrypted vault. They are self-help exercises, not treatment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worksheets that could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search titles and contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All behaviours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 31 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worksheets list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No worksheets here yet. “New worksheet” starts one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the selected worksheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected worksheet as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a blank one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a blank one as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print for a facilitator…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogTab</name>
    <message>
        <source>Any outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>words in triggers and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HALT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log an urge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1+ entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an entry first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry deleted. Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock now (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency and help-line numbers (Ctrl+Shift+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log an urge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log an urge or a lapse (Ctrl+U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of your vault is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A check found damage in the vault&apos;s file (for example from a failing disk). Nothing was changed. Keep working only if you must; restoring a backup is the safest next step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault opened, but a page could not be shown (%1). Nothing was changed; please report this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not locked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unsaved text on %1 could not be saved, so the workbook stays unlocked to keep it. Free some disk space, then lock again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit without saving?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some unsaved text could not be saved. Quit anyway and lose it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit and lose it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Log a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fellowship or group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Tuesday night discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person or online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What stayed with you? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems to fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home group fellowship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home group name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save home group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home group message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count 90 meetings in 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90 in 90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fellowship or group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meetings logged yet. After a meeting, “Log a meeting” keeps a note of it: who was there is never asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your 90 days are complete: %1 meetings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day %1 of 90: %2 meetings so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this meeting?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting and its notes will be removed from your log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home group saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No home group set.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoodDialog</name>
    <message>
        <source>Mood check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How are you today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few seconds a day. Over weeks it shows patterns worth talking over with someone you trust or your clinician. Optional, and only in your vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood, from very low to very high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anxiety (0 to 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours of sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have had thoughts of harming myself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if you want to say. It helps to notice it, and help is there if so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything else about today (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save check-in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPassphraseForm</name>
    <message>
        <source>Show passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewVaultPassphraseDialog</name>
    <message>
        <source>A passphrase for the new vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new vault in %1 opens with this passphrase. It can be the same as the one you use now, or a different one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the new vault</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseStep</name>
    <message>
        <source>Choose a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create my vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase locks and unlocks your vault. A few unrelated words are easier to remember than a jumble of symbols, and harder to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose something you will remember. A forgotten passphrase cannot be reset, not even by the people who made this app. In the next step you get a recovery key: that is your way back in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating your vault… this takes a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault could not be created because of an unexpected problem. Nothing was saved; please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>Too short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at least %n characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few more words would make it much harder to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It contains a word that is often guessed first; try less common words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeated characters and runs like “abc” or “123” are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sponsor, sponsees, facilitator, therapist, family and friends: who they are to you and how to reach them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose someone to see how to reach them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody here yet. Add the people you can call on; a name is enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On your crisis card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will be removed from your people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 contacts you logged with them go too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this person?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note each time you reach out to your sponsor or anyone else here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts are logged with someone from your people. Add them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this contact?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contact and its note will be removed from the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis help shows the people you mark “On my crisis card” first, then these lines. Untick a line to leave it off the card. In immediate danger the card always says to call %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a line…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the app&apos;s lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show my crisis card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[yours]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[edited]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates I choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name or a nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who they are to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If different from the phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An app, a username…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good times to call, what helps (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On my crisis card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People on your crisis card are shown first when you open Crisis help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaintextExports</name>
    <message>
        <source>Copies to read elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These copies are NOT encrypted: anyone who can open the file can read your entries. Make one only when you need it, and delete it when done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include entries marked extra private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export everything (JSON)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export spreadsheets (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV writes one file per collection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy that is not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy will NOT be encrypted: anyone who can open it can read your entries. Save it only somewhere you trust, and delete it when you are done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand, continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 records to %2 (not encrypted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder for the CSV files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 CSV files in %2 (not encrypted).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>Print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy that is not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF will NOT be encrypted: anyone who can open it can read what it shows. Save it only somewhere you trust, and delete it when you are done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand, continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong while making the PDF; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF was not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintOptionsDialog</name>
    <message>
        <source>What to show on paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed pages and PDF files are not encrypted. Choose what they may show; the most private choices are already set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace behaviour names with a neutral word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neutral word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>my behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include fields marked private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the app&apos;s name on each page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As usual here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Weekly check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The week in numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A win</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools I used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A topic for the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My plan for the next 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I will do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who I can call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week from ________ to ________</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in: how the past week went. Check-out: the next 7 days. Share only what you want to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My goal and target this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days on plan (0 to 7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urges this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many: ________    Average strength (0-10): ________    Strongest (0-10): ________</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ABC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost-benefit analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hierarchy of values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DISARM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brainstorming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role-play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urge log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who I can call: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>my behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where I am with the steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With my sponsor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inventory is not included in this copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hungry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Angry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lonely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger log summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept to my goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lapses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strongest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When urges came (weekday by hour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No triggers noted in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HALT: hungry, angry, lonely, tired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: ____________</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick all that apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 = not at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 = the most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark each item: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(left blank)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 out of 10</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Which path do you follow?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMART Recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 12-step fellowship (such as AA or NA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both of these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sure yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app shows the tools of the path you choose. Choose “Both of these” or “Not sure yet” to see everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who are you here for?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Myself: I am working on my own recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone I care about: family and friends, as in Al-Anon or Nar-Anon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both: myself and someone I care about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should the app call you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A first name or an alias. It stays inside your vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person in recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person in long-term recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone cutting back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friend or supporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How do you describe yourself? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In your own words, or leave it empty. Pick a suggestion or type anything you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefer not to say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used to show the right emergency number and help lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileStep</name>
    <message>
        <source>Getting to know you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few optional questions, so the app can fit you better. Your answers stay in your encrypted vault, and you can change them any time in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickLogDialog</name>
    <message>
        <source>Edit entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log an urge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First, add a behaviour you are working on, in your own words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a behaviour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which behaviour?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How strong at its peak (0–10)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick log message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do an ABC on this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Less detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose which behaviour this was about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. You noticed the urge and let it pass; that is worth something.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. You kept to your plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Going over the plan is information, not failure; noticing it is part of the work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. A lapse is information, not failure. Your clean time starts again, and every clean day before it still counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. A lapse is information, not failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: the entry was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ABC worksheet is not available yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes brought back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyStep</name>
    <message>
        <source>Save your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this key opens your vault. Write it down or save the recovery kit, and keep it somewhere safe and private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save recovery kit as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the last group of your key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The four characters after the last dash. This checks that you have the key written down or saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. For your privacy, the clipboard will be cleared in %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. For your privacy, the clipboard will be cleared in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery kit is not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF holds your recovery key as plain text. Anyone who finds the file or a printout, and also has your vault files, can read your entries.

A good way: print it, keep the page somewhere private, then delete the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery kit.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save recovery kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKit</name>
    <message>
        <source>Recovery kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key opens your vault if you ever forget your passphrase. Nobody can reset a forgotten passphrase for you, so this page is your way back in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it safe and private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print this page and keep it somewhere safe and private, for example in a drawer at home or with other important papers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone who has this key and a copy of your vault files can read your entries. Do not share it, and do not keep it next to your vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PDF file is not encrypted. Once the page is printed, you can delete the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the unlock screen, choose “Forgot it? Use the recovery key” and type the key above. Capital or small letters do not matter, and the dashes are optional. You then choose a new passphrase straight away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where your vault lives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryOptions</name>
    <message>
        <source>Open it without the missing changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the automatic backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault goes back to how it was on %1. The damaged files are kept aside, still encrypted, in case anything can be rescued from them later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your passphrase or recovery key first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the backup from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged files are kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be restored. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RememberStep</name>
    <message>
        <source>Remember on this device?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you turn this on, this computer’s keychain keeps a key to your vault, and the app opens without asking for your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trade-off: anyone who can use your computer account could then open your vault too. Leave it off if you share this account, or if you would rather type your passphrase each time. You can change this later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking this computer’s keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the key in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device could not remember the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can continue with your passphrase, or try again later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreOverCurrent</name>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup from %1 replaced your vault and opened fine. Unlock it with the passphrase it had then, or your recovery key. The vault it replaced is kept, encrypted, in %2; delete that folder once you are happy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your vault was not replaced; unlock it as usual.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Weekly review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seven days ending on your review day (you can change the day in Settings). The numbers are drafted from what you logged; the words are yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The week at a glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with an earlier review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open that week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trends over eight weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A draft you had not saved is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Well done for taking the time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>A few honest minutes at the end of the day. One review per evening; the list beside it keeps the ones you saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evening of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resentful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selfish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dishonest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afraid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who I owe an apology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amends I made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today I was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes brought back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already saved a review for this evening; saving replaces it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScaleField</name>
    <message>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helps the app show the pages that fit your path. Kept only inside your encrypted vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About you status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save these answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember this vault on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after inactivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the neutral title “Workbook” instead of the app&apos;s name and keeps no record of which page you had open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your vault&apos;s encrypted files live here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a different folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A self-help workbook, not treatment, diagnosis or therapy, and not a replacement for meetings or clinicians. It never connects to the internet. Not affiliated with any recovery organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unsaved answers were kept. Save them to use them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase changed. Use the new one from now on; your recovery key still works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current passphrase is not right, so nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase could not be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When on, this computer account opens the vault without your passphrase. Only turn it on if nobody else uses this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase always works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain could not be reached. Your passphrase always works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device remembers the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device no longer remembers the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a different folder?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your vault is not moved: it stays in %1. From the next start the app opens the vault in %2, or offers to create a new one there if it has none. To take your entries along, copy the whole folder first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use that folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the next start the app opens the vault in %1 (or creates one there).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened: %2 Your other pages work as usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unsaved text on %1 could not be saved just now. It is still there; go back to it and try again after freeing some disk space.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While the workbook is unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the worksheets and urge log lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While writing a worksheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show crisis help and help-line numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this list of keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save, lock and quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the window (saves and locks first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the workbook now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log an urge or a lapse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the search field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected entry (you can undo it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save now (it also saves by itself)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every screen also works with Tab, Shift+Tab, the arrow keys, Enter and Escape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepForm</name>
    <message>
        <source>In our words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worked on it with my sponsor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My fellowship&apos;s wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: paste your fellowship&apos;s exact words for this step. They stay in your encrypted vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes brought back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepsModel</name>
    <message>
        <source>Step %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, completed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, started %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, with my sponsor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepsPage</name>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fellowship messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the fellowship you work the steps in to begin. You can add more than one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The twelve steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fellowship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from my list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fellowship to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of your fellowship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add fellowship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a fellowship…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another fellowship (type its name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 leaves your list of fellowships. Your step work is kept: add it again any time and everything is still there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 12 steps done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · working on Step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amends list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nightly review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableField</name>
    <message>
        <source>Add a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log an urge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New ABC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week&apos;s plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 days, since %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (next: %1 in %2 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 urges logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 lapses (a slip is information)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No urges logged today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood check-in done: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mood check-in yet today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan for this week yet. The weekly review helps you make one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your workbook is locked. Enter your passphrase to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the backup key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the key from your recovery kit. You will choose a new passphrase right after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use my passphrase instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot it? Use the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking this device&apos;s keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device could not open the vault. Please use your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type your recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something unexpected went wrong while unlocking (%1). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using the backup key file. Enter your passphrase or recovery key again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UrgeLogModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HALT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What set it off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UrgesPage</name>
    <message>
        <source>Urges and lapses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+U logs an urge from anywhere. Every entry, including a lapse, is information you can learn from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insights</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeStep</name>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a private space for your recovery work. Everything you write stays on this computer, encrypted, and nothing is sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First, let’s set up your vault: the locked place where your entries are kept. It takes a few minutes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1.  Choose a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2.  Save your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3.  Decide whether this computer may remember the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4.  Answer a few optional questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your vault will be kept in this folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>Menu bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowTitle</name>
    <message>
        <source>Workbook</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorksheetEditor</name>
    <message>
        <source>Back to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made with an earlier version of this worksheet; it opens as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will be linked to the entry you came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes brought back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To mark it complete, fill in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorksheetForm</name>
    <message>
        <source>From an earlier version of this worksheet:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorksheetListModel</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorksheetsPage</name>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some worksheet files could not be loaded; the others work:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have unsaved changes in “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worksheet deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worksheets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <source>Saved a PDF to %1 (not encrypted).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reminders</name>
    <message>
        <source>A reminder you set is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your weekly review day: a good moment to look back and plan ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A moment for your daily check-in, if you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You planned a meeting for today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss reminder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>review</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 actions, %2 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with an earlier review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a saved review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept to goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean intensity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not marked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. walk after work, call a friend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last week&apos;s plan: how did it go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A win this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something that went well, however small.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something that was hard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To bring to the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A topic or question for your meeting or helper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My plan for the next seven days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2. Give each action a day if you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urges and lapses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No urges logged this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 urges, %2 kept to your goal (%3), %4 lapses. Mean intensity %5, peak %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 urges, mean %3, peak %4, kept to goal %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lapses (information, not failure): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top triggers: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situations: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HALT: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coping that worked: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worth a look: %1 went from %2 to %3 over four weeks while %4 went from %5 to %6. One behaviour can take another&apos;s place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 days (since %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 lapses this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started and still open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worksheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 check-ins. Mood on average: %2 (lowest: %3, highest: %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anxiety on average %1 of 10. Sleep on average %2 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication as prescribed on %1 of %2 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days with thoughts of harming yourself: %1. You deserve support with this; the crisis card is always one click away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing prescribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken as prescribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last week&apos;s plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly review and reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the end of your week here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review covers the seven days ending on this day, e.g. the day of your group. Reminders appear only while the app is running and never show anything you wrote; in privacy mode they do not name the app either.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me on my review day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me of the daily mood check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me of a meeting I planned for the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start quietly when I log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app will start minimised when you log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app will no longer start when you log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change this: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urges per day, by behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean intensity per week (0 to 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of urges where you kept to your goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood by day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urges by weekday and hour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>steps</name>
    <message>
        <source>Honesty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking for help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passing it on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revisiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitting that I cannot control another person&apos;s drinking, using or behaviour, and that trying to had made my own life hard to manage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitting honestly that I could not manage %1 on my own, and that my life had become hard to manage because of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitting honestly that I could not manage the problem that brought me here on my own, and that my life had become hard to manage because of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Having found some peace through this work, offering it to other families and friends who are struggling, and living these principles day to day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Having changed through working these steps, passing on what helped me to others who are still struggling, and living these principles day to day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming to trust that help beyond my own willpower, whether a higher power as I understand it, the group or the experience of others, can restore balance to my life.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deciding to let that help guide my choices, rather than running everything on my own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing an honest, thorough look at myself: my resentments, my fears and how I have treated people, strengths included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing what I found with one trusted person, and admitting it to myself and, if I believe in one, to a higher power.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Becoming ready to let go of the patterns that keep hurting me and others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Humbly asking for help to let go of those shortcomings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the people I have harmed, and becoming willing to put things right with each of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Putting things right with those people wherever I can, except where doing so would hurt them or someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping up a daily honest look at myself, and owning my part promptly when I get something wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through reflection, prayer or meditation, staying in touch with what gives me direction and strength.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gamblers Anonymous words this step in its own way; its inventory also looks at money (a financial inventory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gamblers Anonymous words this step in its own way, with fewer references to God.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gamblers Anonymous words this step in its own way, without speaking of a spiritual awakening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family and friends work these steps about their own recovery: your own wellbeing, choices and boundaries, not the other person&apos;s progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep track of the steps at your own pace. There is no right speed, and coming back to a step is part of the work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-esteem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ambitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selfish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dishonest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inconsiderate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>support</name>
    <message>
        <source>Not sure / not said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open (anyone welcome)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed (members and newcomers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussion or topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beginners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step or tradition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Literature study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sponsee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online or video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>urges</name>
    <message>
        <source>Urges and lapses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behaviours and goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All behaviours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drinking alcohol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prescribed drugs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drugs seen as less harmful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gambling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not at all (abstinent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within limits I set (control)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Less than now (minimising)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It passed; I did not act on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I lapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within my plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over my plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lapse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hungry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Angry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lonely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A painful feeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain or feeling unwell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A good mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing myself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sudden craving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict with someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pressure from others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Celebrating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delayed it (it will pass)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left the situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoided the trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argued back at the urge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let it peak and fade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distracted myself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did something healthy instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DISARM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ABC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urge surfing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ate, rested or reached out (HALT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Went to a meeting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
