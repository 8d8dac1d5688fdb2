<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
    <context>
        <name>AssetPickerDialog</name>
        <message>
            <location filename="../editor.py" line="455" />
            <location filename="../editor.py" line="456" />
            <source>Choose the hero image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor.py" line="459" />
            <source>Workspace images</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor.py" line="481" />
            <source>There are no images in the workspace's assets/images folder.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CampaignEditor</name>
        <message>
            <location filename="../editor.py" line="653" />
            <source>Campaign editor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor.py" line="656" />
            <source>Select or create a campaign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor.py" line="658" />
            <source>No campaign open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor.py" line="667" />
            <source>Campaign fact sheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor.py" line="677" />
            <source>Problems with the campaign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor.py" line="825" />
            <source>Campaign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor.py" line="826" />
            <source>&amp;Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor.py" line="828" />
            <source>O&amp;bjective</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor.py" line="836" />
            <source>Brand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor.py" line="839" />
            <source>The status changes only through review.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor.py" line="840" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor.py" line="851" />
            <source>&amp;Time zone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor.py" line="860" />
            <source>&amp;Primary locale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor.py" line="869" />
            <source>Offer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor.py" line="874" />
            <source>&amp;Price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor.py" line="876" />
            <source>Price &amp;before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor.py" line="882" />
            <source>C&amp;urrency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor.py" line="888" />
            <source>&amp;Discount (%)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor.py" line="893" />
            <source>Pro&amp;mo code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor.py" line="899" />
            <source>e.g. BF26</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor.py" line="900" />
            <source>Valid &amp;from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor.py" line="902" />
            <source>Valid &amp;until</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor.py" line="917" />
            <source>In stores</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor.py" line="918" />
            <source>Online</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor.py" line="919" />
            <source>In the app</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor.py" line="922" />
            <source>Where it can be &amp;redeemed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor.py" line="928" />
            <source>Call to action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor.py" line="932" />
            <source>Landing page &amp;URL</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor.py" line="942" />
            <source>&amp;Hashtags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor.py" line="947" />
            <source>#CafeAurora, #BlackFriday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor.py" line="957" />
            <source>Hero image preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor.py" line="961" />
            <source>Choose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor.py" line="963" />
            <location filename="../editor.py" line="982" />
            <source>Choose the hero image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor.py" line="967" />
            <source>No hero image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor.py" line="968" />
            <source>Remove the hero image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor.py" line="981" />
            <source>Hero &amp;image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor.py" line="991" />
            <source>C&amp;hannels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor.py" line="1000" />
            <source>Print size %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor.py" line="1009" />
            <source>Print si&amp;zes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor.py" line="1014" />
            <source>Texts per locale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor.py" line="1016" />
            <source>Locales</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor.py" line="1024" />
            <source>+ Locale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor.py" line="1027" />
            <location filename="../editor.py" line="1028" />
            <source>Add a locale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor.py" line="1216" />
            <source>Draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor.py" line="1217" />
            <source>In review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor.py" line="1218" />
            <source>Approved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor.py" line="1219" />
            <source>Exported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor.py" line="1231" />
            <source>Status: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor.py" line="1248" />
            <source>Dates and times in %1 (UTC%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor.py" line="1267" />
            <source>No image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor.py" line="1268" />
            <source>No hero image chosen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor.py" line="1275" />
            <source>Missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor.py" line="1346" />
            <source>Remove this locale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor.py" line="1347" />
            <location filename="../editor.py" line="1402" />
            <source>Remove %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor.py" line="1382" />
            <source>Add %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CampaignTable</name>
        <message>
            <location filename="../campaign_model.py" line="116" />
            <source>Campaign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../campaign_model.py" line="117" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../campaign_model.py" line="118" />
            <source>Locales</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../campaign_model.py" line="119" />
            <source>Channels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../campaign_model.py" line="120" />
            <source>Runs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../campaign_model.py" line="121" />
            <source>Last change</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Channel</name>
        <message>
            <location filename="../dialogs.py" line="46" />
            <source>Email</source>
            <extracomment>Locales offered for a new campaign, Spanish first.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../dialogs.py" line="47" />
            <source>SMS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../dialogs.py" line="48" />
            <source>X</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../dialogs.py" line="49" />
            <source>Instagram</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../dialogs.py" line="50" />
            <source>Facebook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../dialogs.py" line="51" />
            <source>LinkedIn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../dialogs.py" line="52" />
            <source>Signage</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChannelTab</name>
        <message>
            <location filename="../previews/base.py" line="55" />
            <source>{0} preview</source>
            <extracomment>Debounce of the heavy work (HTML, poster); 0 for none.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/base.py" line="57" />
            <source>Edited by hand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/base.py" line="58" />
            <source>This text was written by hand: it no longer follows the template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/base.py" line="61" />
            <source>Edit text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/base.py" line="64" />
            <source>Edit the {0} text by hand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/base.py" line="66" />
            <source>Write this channel's text yourself instead of the template's</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/base.py" line="83" />
            <source>Preview problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/base.py" line="91" />
            <source>{0} counters</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConflictBox</name>
        <message>
            <location filename="../dialogs.py" line="190" />
            <source>Someone else changed this campaign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../dialogs.py" line="193" />
            <source>{2} saved “{0}” while you were editing (now revision {1}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../dialogs.py" line="198" />
            <source>“{0}” was saved by someone else while you were editing (now revision {1}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../dialogs.py" line="203" />
            <source>Nothing has been overwritten. Reload their version (your edits are dropped), or keep yours as a new revision on top of theirs (theirs stays in the history).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../dialogs.py" line="207" />
            <source>Reload theirs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../dialogs.py" line="209" />
            <source>Keep mine as a new revision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../dialogs.py" line="211" />
            <source>Decide later</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Counter</name>
        <message numerus="yes">
            <location filename="../editor.py" line="410" />
            <source>%n of %1 characters</source>
            <extracomment>Zones offered in the time zone box (any IANA name can be typed). Locales offered when adding one (besides the campaign's own).</extracomment>
            <translation>
                <numerusform>%n of %1 characters</numerusform>
                <numerusform>%n of %1 characters</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EmailTab</name>
        <message>
            <location filename="../previews/email.py" line="145" />
            <source>Inbox line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/email.py" line="148" />
            <source>Sender</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/email.py" line="152" />
            <source>Subject</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/email.py" line="154" />
            <source>Preheader</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/email.py" line="167" />
            <source>Desktop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/email.py" line="167" />
            <source>The email at 700 pixels wide, as on a computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/email.py" line="168" />
            <source>Mobile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/email.py" line="168" />
            <source>The email at 375 pixels wide, as on a phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/email.py" line="169" />
            <source>Plain text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/email.py" line="169" />
            <source>The plain-text part, for clients that show no HTML</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/email.py" line="174" />
            <source>Show the email: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/email.py" line="184" />
            <location filename="../previews/email.py" line="189" />
            <source>Plain-text version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/email.py" line="236" />
            <source>Cut off in most inboxes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/email.py" line="253" />
            <source>Subject: {0} / {1} characters visible</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/email.py" line="260" />
            <source>Preheader: {0} / {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/email.py" line="270" />
            <source>HTML: {0} KB of {1} KB</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/email.py" line="275" />
            <source>Gmail clips emails above {0} KB: shorten the body.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/email.py" line="279" />
            <source>Inboxes cut the subject after about {0} characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/email.py" line="327" />
            <source>The email cannot be shown: {0}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../export_dialog.py" line="87" />
            <source>Export campaigns</source>
            <extracomment>the export finished (or was cancelled, or failed) and the summary shows it progress as it reached the dialog (done, total) — for tests and the window's status bar</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="112" />
            <source>Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="113" />
            <source>SMS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="114" />
            <source>X</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="115" />
            <source>Instagram</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="116" />
            <source>Facebook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="117" />
            <source>LinkedIn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="118" />
            <source>Signage</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../export_dialog.py" line="124" />
            <source>Export %n campaign(s) as channel-ready files:</source>
            <translation>
                <numerusform>Export %n campaign as channel-ready files:</numerusform>
                <numerusform>Export %n campaigns as channel-ready files:</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="129" />
            <source>Campaigns to export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="135" />
            <source>Destination folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="139" />
            <source>&amp;Choose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="140" />
            <source>Choose the destination folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="148" />
            <source>Channels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="153" />
            <source>Export channel {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="158" />
            <source>Locales</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="163" />
            <source>Export locale {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="168" />
            <source>Options</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="169" />
            <source>One &amp;zip file per campaign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="170" />
            <source>Zip each campaign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="172" />
            <source>&amp;Replace earlier exports in the folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="173" />
            <source>Replace earlier exports</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="176" />
            <source>&amp;Force: export campaigns with error findings that are not waived</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="178" />
            <source>Force the export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="181" />
            <source>Without this, a campaign with error findings that are not waived is refused. A forced export records your reason in its manifest and the audit log.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="187" />
            <source>Reason for forcing the export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="188" />
            <source>Why may these findings go out? (required)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="195" />
            <source>Reason:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="199" />
            <source>What is missing before exporting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="201" />
            <source>Export progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="204" />
            <source>%v of %m</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="208" />
            <source>Export status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="210" />
            <source>Export summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="211" />
            <source>Campaign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="211" />
            <source>Result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="216" />
            <source>&amp;Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="217" />
            <source>Start the export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="220" />
            <source>&amp;Open folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="221" />
            <source>Open the destination folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="224" />
            <location filename="../export_dialog.py" line="225" />
            <location filename="../export_dialog.py" line="363" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="237" />
            <source>&amp;Destination:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="291" />
            <source>None of these campaigns can be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="293" />
            <source>Choose a destination folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="295" />
            <source>Tick at least one channel.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="297" />
            <source>Tick at least one locale.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="299" />
            <source>A forced export needs a reason: say why the findings may go out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="320" />
            <source>Export to folder</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../export_dialog.py" line="345" />
            <source>Earlier exports of %n campaign(s) are in this folder. Tick “Replace earlier exports” or choose another folder.</source>
            <translation>
                <numerusform>Earlier exports of %n campaign are in this folder. Tick “Replace earlier exports” or choose another folder.</numerusform>
                <numerusform>Earlier exports of %n campaigns are in this folder. Tick “Replace earlier exports” or choose another folder.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="362" />
            <source>Starting the export…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="397" />
            <location filename="../export_dialog.py" line="413" />
            <source>Cancelling: the campaign being exported is finished or dropped…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="400" />
            <source>Exporting “{0}” ({1} of {2})…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="402" />
            <source>Finishing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="424" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="432" />
            <source>The files cannot be written: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="433" />
            <source>The export did not run: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="452" />
            <source>Exported (forced): {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="452" />
            <source>Exported: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="458" />
            <source>Refused: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="466" />
            <source>Not exported (cancelled)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="466" />
            <source>Not exported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="472" />
            <source>Warning</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../export_dialog.py" line="476" />
            <source>%n exported</source>
            <translation>
                <numerusform>%n exported</numerusform>
                <numerusform>%n exported</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../export_dialog.py" line="478" />
            <source>%n refused</source>
            <translation>
                <numerusform>%n refused</numerusform>
                <numerusform>%n refused</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="481" />
            <source>Cancelled: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="483" />
            <source>A refused campaign wrote nothing; see why below.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../export_dialog.py" line="495" />
            <source>%n error finding(s) not waived. Fix or waive them, or tick Force and give a reason.</source>
            <translation>
                <numerusform>%n error finding not waived. Fix or waive them, or tick Force and give a reason.</numerusform>
                <numerusform>%n error findings not waived. Fix or waive them, or tick Force and give a reason.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FindingsModel</name>
        <message>
            <location filename="../problems.py" line="95" />
            <source>Severity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problems.py" line="96" />
            <source>Channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problems.py" line="97" />
            <source>Locale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problems.py" line="98" />
            <source>Field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problems.py" line="99" />
            <source>Rule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problems.py" line="100" />
            <source>Message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problems.py" line="161" />
            <source>Whole campaign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problems.py" line="169" />
            <source>{0} (waived by {1}: {2})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problems.py" line="177" />
            <source>Words: «{0}»</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problems.py" line="179" />
            <source>Replace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problems.py" line="180" />
            <source>safe fix</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problems.py" line="180" />
            <source>fix to review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problems.py" line="181" />
            <source>{0} ({1}): «{2}»</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problems.py" line="183" />
            <source>Waived by {0}: {1}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LocaleChooserDialog</name>
        <message>
            <location filename="../editor.py" line="520" />
            <source>Add a locale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor.py" line="525" />
            <source>Locale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor.py" line="533" />
            <source>&amp;Locale:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor.py" line="562" />
            <source>Not a locale: type a tag such as es-AR or en-GB.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor.py" line="565" />
            <source>The campaign already has this locale.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LocalePage</name>
        <message>
            <location filename="../editor.py" line="580" />
            <source>Texts in %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor.py" line="588" />
            <source>&amp;Headline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor.py" line="591" />
            <source>&amp;Subheadline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor.py" line="597" />
            <source>Sh&amp;ort text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor.py" line="598" />
            <source>&amp;Body (Markdown)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor.py" line="601" />
            <source>&amp;Call to action label</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor.py" line="609" />
            <source>&amp;Disclaimer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor.py" line="617" />
            <source>Image &amp;alt text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor.py" line="631" />
            <source>**bold**, *italic*, # heading, - list, [link](https://…)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../main_window.py" line="120" />
            <source>Campaign Studio — {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="190" />
            <source>Search campaigns…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="192" />
            <source>Search campaigns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="194" />
            <source>Filter by status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="195" />
            <source>All statuses</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="197" />
            <source>Filter by locale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="201" />
            <source>Campaigns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="340" />
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="313" />
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="359" />
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="330" />
            <source>&amp;Reload</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="233" />
            <source>Previews and review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="152" />
            <source>Previews</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="153" />
            <source>Review and report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="172" />
            <source>Error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="245" />
            <location filename="../main_window.py" line="248" />
            <source>Problems</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="258" />
            <source>Save status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="260" />
            <source>Problem counts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="262" />
            <source>Campaign count</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="290" />
            <source>&amp;New campaign…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="294" />
            <source>Create a campaign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="297" />
            <source>&amp;Open workspace…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="299" />
            <source>&amp;Save now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="301" />
            <source>&amp;Export…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="305" />
            <source>Export channel-ready files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="308" />
            <source>Export &amp;approved campaigns…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="310" />
            <source>&amp;Preferences…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="314" />
            <source>&amp;Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="317" />
            <source>&amp;Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="322" />
            <source>&amp;Find campaign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="324" />
            <source>Apply all safe &amp;fixes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="326" />
            <source>&amp;Next problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="328" />
            <source>&amp;Previous problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="331" />
            <source>Brand &amp;rules…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="332" />
            <source>Reload brand &amp;kit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="335" />
            <source>&amp;Problems panel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="343" />
            <source>Open &amp;recent workspace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="353" />
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="365" />
            <source>&amp;Brand kit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="368" />
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="673" />
            <source>Reset {0} to the template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="333" />
            <source>&amp;About Campaign Studio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="94" />
            <source>Campaign Studio</source>
            <extracomment>the campaign list is in place (search, filters, scrolling work; the editor may still load) the workspace is attached: list, editor and panels are in place (the last campaign opens next)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="107" />
            <location filename="../main_window.py" line="229" />
            <source>Opening the workspace…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="183" />
            <source>The workspace cannot be opened.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="184" />
            <source>The workspace cannot be opened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="372" />
            <source>Main</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="469" />
            <location filename="../main_window.py" line="647" />
            <source>The campaign cannot be opened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="480" />
            <location filename="../main_window.py" line="568" />
            <source>Not saved: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="490" />
            <source>Recovered unsaved changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="493" />
            <source>Unsaved changes from your last session were recovered; they are saved as you go on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="498" />
            <source>Saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="571" />
            <source>The campaign cannot be checked: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="572" />
            <source>The brand kit has a problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="577" />
            <source>Saved · revision {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="589" />
            <source>Editing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="597" />
            <source>Not saved: someone else changed this campaign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="654" />
            <source>Edit {0}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../main_window.py" line="702" />
            <source>Apply %n fix(es)</source>
            <translation>
                <numerusform>Apply %n fix</numerusform>
                <numerusform>Apply %n fixes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../main_window.py" line="705" />
            <source>Applied %n fix(es).</source>
            <translation>
                <numerusform>Applied %n fix.</numerusform>
                <numerusform>Applied %n fixes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../main_window.py" line="708" />
            <source>%n fix(es) could not be applied: the words come from a template, not from the campaign.</source>
            <translation>
                <numerusform>%n fix could not be applied: the words come from a template, not from the campaign.</numerusform>
                <numerusform>%n fixes could not be applied: the words come from a template, not from the campaign.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../main_window.py" line="744" />
            <source>The finding cannot be waived</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="742" />
            <source>Waived: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="761" />
            <source>The waiver cannot be withdrawn</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../main_window.py" line="776" />
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n error</numerusform>
                <numerusform>%n errors</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../main_window.py" line="777" />
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n warning</numerusform>
                <numerusform>%n warnings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../main_window.py" line="778" />
            <source>%n suggestion(s)</source>
            <translation>
                <numerusform>%n suggestion</numerusform>
                <numerusform>%n suggestions</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../main_window.py" line="832" />
            <source>The campaign cannot be created</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="837" />
            <source>Saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="864" />
            <source>Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="864" />
            <source>No campaign is approved yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="880" />
            <source>Brand rules — {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="897" />
            <source>Brand kit reloaded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="908" />
            <source>Open a brand workspace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="919" />
            <source>This folder is not a brand workspace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="927" />
            <source>No other workspaces yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="962" />
            <source>About Campaign Studio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="959" />
            <source>Campaign Studio {0}

Author one campaign, publish it everywhere, and make sure every channel tells the same story.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="198" />
            <location filename="../main_window.py" line="397" />
            <source>All locales</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../main_window.py" line="422" />
            <source>%n campaign(s)</source>
            <translation>
                <numerusform>%n campaign</numerusform>
                <numerusform>%n campaigns</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NewCampaignDialog</name>
        <message>
            <location filename="../dialogs.py" line="69" />
            <source>New campaign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../dialogs.py" line="71" />
            <source>Campaign name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../dialogs.py" line="72" />
            <source>e.g. Winter breakfasts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../dialogs.py" line="74" />
            <source>Primary locale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../dialogs.py" line="102" />
            <source>&amp;Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../dialogs.py" line="105" />
            <source>&amp;Primary locale:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../dialogs.py" line="108" />
            <source>Locales:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../dialogs.py" line="109" />
            <source>Channels:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../dialogs.py" line="124" />
            <source>Give the campaign a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../dialogs.py" line="128" />
            <source>Choose at least one channel.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OverrideEditor</name>
        <message>
            <location filename="../previews/common.py" line="316" />
            <source>Hand-edited texts</source>
            <extracomment>Counter and finding tones: (on a light background, on a dark one). Readable on both. Visible lines of each field's editor.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/common.py" line="325" />
            <source>Edited by hand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/common.py" line="326" />
            <source>Reset to template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/common.py" line="327" />
            <source>Reset {0} to the template's text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/common.py" line="328" />
            <source>Drop your text and use the template's again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/common.py" line="337" />
            <source>Edit {0}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PostTab</name>
        <message>
            <location filename="../previews/posts.py" line="120" />
            <location filename="../previews/posts.py" line="162" />
            <source>{0} post</source>
            <extracomment>Instagram's image is the one the export writes (hero, logo, headline, price, disclaimer), composed on a worker once typing pauses; the hero alone shows meanwhile</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/posts.py" line="122" />
            <source>Brand avatar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/posts.py" line="124" />
            <source>Brand name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/posts.py" line="129" />
            <source>Account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/posts.py" line="139" />
            <source>Post image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/posts.py" line="141" />
            <source>Post text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/posts.py" line="238" />
            <source>The image the export writes as instagram.png</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/posts.py" line="243" />
            <source>The Instagram image cannot be drawn: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/posts.py" line="265" />
            <location filename="../previews/posts.py" line="273" />
            <source>{0} / {1} characters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/posts.py" line="266" />
            <source>Weighted as X counts: every link is 23 characters, an emoji 2.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../previews/posts.py" line="268" />
            <source>%n character(s) over X's limit.</source>
            <translation>
                <numerusform>%n character over X's limit.</numerusform>
                <numerusform>%n characters over X's limit.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../previews/posts.py" line="283" />
            <source>{0} / {1} hashtags</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../previews/posts.py" line="288" />
            <source>%n hashtag(s)</source>
            <translation>
                <numerusform>%n hashtag</numerusform>
                <numerusform>%n hashtags</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../previews/posts.py" line="292" />
            <source>Past {0} characters the feed folds the text behind “See more” (greyed here).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/posts.py" line="294" />
            <source>Behind “See more” in the feed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/posts.py" line="296" />
            <source>{0} allows at most {1} hashtags a post.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PosterView</name>
        <message>
            <location filename="../previews/signage.py" line="34" />
            <source>Double-click: actual size / fit</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <location filename="../dialogs.py" line="151" />
            <source>Preferences</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../dialogs.py" line="153" />
            <source>Interface language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../dialogs.py" line="154" />
            <location filename="../dialogs.py" line="160" />
            <source>Same as the system</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../dialogs.py" line="159" />
            <source>Colour scheme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../dialogs.py" line="161" />
            <source>Light</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../dialogs.py" line="162" />
            <source>Dark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../dialogs.py" line="165" />
            <source>&amp;Language:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../dialogs.py" line="168" />
            <source>&amp;Colours:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PreviewChannels</name>
        <message>
            <location filename="../previews/base.py" line="250" />
            <source>Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/base.py" line="251" />
            <source>SMS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/base.py" line="252" />
            <source>X</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/base.py" line="253" />
            <source>Instagram</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/base.py" line="254" />
            <source>Facebook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/base.py" line="255" />
            <source>LinkedIn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/base.py" line="256" />
            <source>Signage</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PreviewFields</name>
        <message>
            <location filename="../previews/common.py" line="381" />
            <source>Subject</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/common.py" line="382" />
            <source>Preheader</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/common.py" line="383" />
            <source>Headline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/common.py" line="384" />
            <source>Subheadline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/common.py" line="385" />
            <source>Price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/common.py" line="386" />
            <source>Old price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/common.py" line="387" />
            <source>Promo code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/common.py" line="388" />
            <source>Dates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/common.py" line="389" />
            <source>Call to action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/common.py" line="390" />
            <source>Disclaimer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/common.py" line="391" />
            <source>Plain-text version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/common.py" line="393" />
            <source>Text</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PreviewPane</name>
        <message>
            <location filename="../previews/__init__.py" line="70" />
            <source>Channel previews</source>
            <extracomment>the texts and counters of every tab show the latest check (the email's HTML follows: each tab's ``heavyShown``)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/__init__.py" line="79" />
            <source>Locale:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/__init__.py" line="81" />
            <source>Locale of the previews</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/__init__.py" line="82" />
            <source>Which locale's texts the previews show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/__init__.py" line="93" />
            <source>Preview problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/__init__.py" line="97" />
            <source>Channels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/__init__.py" line="100" />
            <source>Open a campaign to preview its channels.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/__init__.py" line="101" />
            <source>No campaign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/__init__.py" line="190" />
            <source>The previews cannot be updated: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/__init__.py" line="285" />
            <source>{0}: edited by hand</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProblemsPanel</name>
        <message>
            <location filename="../problems.py" line="320" />
            <source>Show waived</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problems.py" line="329" />
            <location filename="../problems.py" line="631" />
            <source>Apply fix</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problems.py" line="330" />
            <source>Fix all safe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problems.py" line="331" />
            <source>Waive…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problems.py" line="332" />
            <source>Unwaive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problems.py" line="272" />
            <source>Problems</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problems.py" line="285" />
            <source>Rule file errors</source>
            <extracomment>runs a modal dialog and returns its result (tests replace it to fill the dialog)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problems.py" line="306" />
            <source>Filter by channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problems.py" line="309" />
            <source>Filter by locale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problems.py" line="311" />
            <location filename="../problems.py" line="539" />
            <source>All channels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problems.py" line="312" />
            <location filename="../problems.py" line="541" />
            <source>All locales</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problems.py" line="316" />
            <source>Search problems</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problems.py" line="317" />
            <source>Filter (words, rule…)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problems.py" line="321" />
            <source>Show waived findings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problems.py" line="333" />
            <source>Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problems.py" line="345" />
            <source>Problems shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problems.py" line="349" />
            <source>Problems list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problems.py" line="380" />
            <location filename="../problems.py" line="584" />
            <source>No problems found.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problems.py" line="382" />
            <source>No problems</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../problems.py" line="549" />
            <source>%n rule file(s) not applied in full: </source>
            <translation>
                <numerusform>%n rule file not applied in full: </numerusform>
                <numerusform>%n rule files not applied in full: </numerusform>
            </translation>
        </message>
        <message>
            <location filename="../problems.py" line="367" />
            <location filename="../problems.py" line="520" />
            <source>Whole campaign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problems.py" line="558" />
            <source>Errors ({0})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problems.py" line="559" />
            <source>Warnings ({0})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problems.py" line="560" />
            <source>Suggestions ({0})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problems.py" line="565" />
            <source>Show {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problems.py" line="584" />
            <source>No problems match the filters.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../problems.py" line="586" />
            <source>%n shown</source>
            <translation>
                <numerusform>%n shown</numerusform>
                <numerusform>%n shown</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../problems.py" line="634" />
            <source>Review fix…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problems.py" line="654" />
            <source>Review fix</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problems.py" line="656" />
            <source>This fix needs a look before it is applied. Replace «{0}» with «{1}»?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReasonDialog</name>
        <message>
            <location filename="../problems.py" line="228" />
            <source>Waive a finding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problems.py" line="230" />
            <source>&lt;b&gt;{0}&lt;/b&gt; — {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problems.py" line="236" />
            <source>Reason for the waiver</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problems.py" line="237" />
            <source>Why is this acceptable here? (shown in the report)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problems.py" line="242" />
            <source>Waive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problems.py" line="249" />
            <source>Reason (required):</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Recovery</name>
        <message>
            <location filename="../recovery.py" line="24" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../recovery.py" line="25" />
            <source>Brand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../recovery.py" line="26" />
            <source>Objective</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../recovery.py" line="27" />
            <source>Time zone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../recovery.py" line="28" />
            <source>Main language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../recovery.py" line="29" />
            <source>Headline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../recovery.py" line="30" />
            <source>Subheadline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../recovery.py" line="31" />
            <source>Body</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../recovery.py" line="32" />
            <source>Short text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../recovery.py" line="33" />
            <source>Button label</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../recovery.py" line="34" />
            <source>Disclaimer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../recovery.py" line="35" />
            <source>Image description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../recovery.py" line="36" />
            <source>Price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../recovery.py" line="37" />
            <source>Currency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../recovery.py" line="38" />
            <source>Original price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../recovery.py" line="39" />
            <source>Discount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../recovery.py" line="40" />
            <source>Promo code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../recovery.py" line="41" />
            <source>Valid from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../recovery.py" line="42" />
            <source>Valid until</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../recovery.py" line="43" />
            <source>Where it is redeemed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../recovery.py" line="44" />
            <source>Link</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../recovery.py" line="45" />
            <source>Hashtags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../recovery.py" line="46" />
            <source>Image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../recovery.py" line="47" />
            <source>Channels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../recovery.py" line="48" />
            <source>Print sizes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../recovery.py" line="49" />
            <source>Text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../recovery.py" line="50" />
            <source>Subject</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../recovery.py" line="51" />
            <source>Preheader</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../recovery.py" line="55" />
            <source>{0} ({1})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../recovery.py" line="57" />
            <source>{0} written by hand for {1} ({2})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../recovery.py" line="61" />
            <source>Texts written by hand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../recovery.py" line="64" />
            <source>Language {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../recovery.py" line="66" />
            <source>Languages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../recovery.py" line="74" />
            <location filename="../recovery.py" line="76" />
            <source>(empty)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../recovery.py" line="113" />
            <source>…and %n more change(s)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecoveryBox</name>
        <message>
            <location filename="../recovery.py" line="126" />
            <source>Unsaved changes found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../recovery.py" line="128" />
            <source>“{0}” has changes from your last session that were never saved. Restore them?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../recovery.py" line="133" />
            <source>&amp;Restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../recovery.py" line="134" />
            <source>&amp;Discard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../recovery.py" line="135" />
            <source>Restore the unsaved changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../recovery.py" line="136" />
            <source>Discard the unsaved changes</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReviewPanel</name>
        <message>
            <location filename="../review_panel.py" line="63" />
            <source>Review and report</source>
            <extracomment>cell state → tint laid over the table's base colour (readable on light and dark palettes) the report of the latest :meth:`show_campaign` is on screen (or why it cannot be)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../review_panel.py" line="70" />
            <source>Review status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../review_panel.py" line="72" />
            <source>Consistency score</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../review_panel.py" line="77" />
            <source>Submit for review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../review_panel.py" line="78" />
            <location filename="../review_panel.py" line="150" />
            <source>Approve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../review_panel.py" line="79" />
            <source>Request changes…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../review_panel.py" line="87" />
            <source>Open full report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../review_panel.py" line="88" />
            <source>Open the full report in the browser</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../review_panel.py" line="90" />
            <source>Save report as…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../review_panel.py" line="91" />
            <source>Save the report as HTML or PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../review_panel.py" line="96" />
            <source>Facts by channel and locale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../review_panel.py" line="106" />
            <source>✓ found · ✗ missing · ≠ does not match the fact sheet · — not needed in that channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../review_panel.py" line="109" />
            <source>Legend of the matrix</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../review_panel.py" line="118" />
            <location filename="../review_panel.py" line="223" />
            <source>Consistency report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../review_panel.py" line="124" />
            <source>Review history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../review_panel.py" line="126" />
            <source>Report sections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../review_panel.py" line="127" />
            <source>Facts × channels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../review_panel.py" line="128" />
            <source>Report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../review_panel.py" line="130" />
            <source>History</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../review_panel.py" line="183" />
            <source>{0}/100</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../review_panel.py" line="184" />
            <source>Consistency score (see “How it is computed” in the report)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../review_panel.py" line="186" />
            <source>Status: {0} · revision {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../review_panel.py" line="232" />
            <source>created</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../review_panel.py" line="233" />
            <source>saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../review_panel.py" line="234" />
            <source>submitted for review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../review_panel.py" line="235" />
            <source>approved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../review_panel.py" line="236" />
            <source>changes requested</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../review_panel.py" line="237" />
            <source>exported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../review_panel.py" line="238" />
            <source>waived a finding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../review_panel.py" line="239" />
            <source>withdrew a waiver</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../review_panel.py" line="261" />
            <source>found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../review_panel.py" line="262" />
            <source>missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../review_panel.py" line="263" />
            <source>conflict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../review_panel.py" line="264" />
            <source>not needed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../review_panel.py" line="305" />
            <source>Request changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../review_panel.py" line="305" />
            <source>What should change?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../review_panel.py" line="311" />
            <source>The review step was refused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../review_panel.py" line="319" />
            <source>Save report as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../review_panel.py" line="319" />
            <source>HTML page (*.html);;PDF document (*.pdf)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RulesBrowser</name>
        <message>
            <location filename="../rules_browser.py" line="169" />
            <source>Problems with the brand rules</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="175" />
            <source>Filter rules (id, message, kind…)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="177" />
            <source>Filter rules</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="179" />
            <source>Channel whose rules are shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="180" />
            <source>studio.ini can turn rules on and off for every channel or for one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="181" />
            <source>&amp;Channel:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="185" />
            <source>Read the rule files again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="186" />
            <source>Reload the rules</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="196" />
            <location filename="../rules_browser.py" line="247" />
            <source>Rule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="196" />
            <source>Level</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="196" />
            <location filename="../rules_browser.py" line="283" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="196" />
            <location filename="../rules_browser.py" line="284" />
            <source>Category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="196" />
            <location filename="../rules_browser.py" line="280" />
            <source>Message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="205" />
            <source>Brand rules</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="226" />
            <source>Read-only: only a brand manager changes the brand rules.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="228" />
            <source>Read-only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="251" />
            <source>What studio.ini makes of the rule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="255" />
            <source>Why the rule does not load</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="258" />
            <location filename="../rules_browser.py" line="611" />
            <source>&amp;Enabled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="259" />
            <source>Rule enabled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="262" />
            <source>Rule level</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="269" />
            <source>&amp;Level:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="281" />
            <source>Description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="282" />
            <source>Link</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="285" />
            <source>Channels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="286" />
            <source>Locales</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="287" />
            <source>File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="300" />
            <source>Rule file source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="301" />
            <source>Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="317" />
            <source>Every channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="318" />
            <source>Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="319" />
            <source>SMS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="320" />
            <source>Every social post</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="321" />
            <source>X</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="322" />
            <source>Instagram</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="323" />
            <source>Facebook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="324" />
            <source>LinkedIn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="325" />
            <source>Signage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="332" />
            <source>existence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="333" />
            <source>substitution</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="334" />
            <source>occurrence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="335" />
            <source>repetition</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="336" />
            <location filename="../rules_browser.py" line="353" />
            <source>consistency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="337" />
            <source>conditional</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="338" />
            <source>capitalization</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="339" />
            <source>spelling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="340" />
            <source>sequence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="341" />
            <source>metric</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="342" />
            <source>script</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="343" />
            <source>limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="344" />
            <source>required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="345" />
            <source>formality</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="346" />
            <location filename="../rules_browser.py" line="354" />
            <source>language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="352" />
            <source>channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="355" />
            <source>policy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="356" />
            <source>tone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="362" />
            <source>suggestion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="363" />
            <source>warning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="364" />
            <source>error</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../rules_browser.py" line="398" />
            <source>Rule files that do not load never run (%n):</source>
            <translation>
                <numerusform>Rule files that do not load never run (%n):</numerusform>
                <numerusform>Rule files that do not load never run (%n):</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../rules_browser.py" line="408" />
            <source>studio.ini has problems (those settings are ignored):</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../rules_browser.py" line="441" />
            <source>%n rule(s)</source>
            <translation>
                <numerusform>%n rule</numerusform>
                <numerusform>%n rules</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../rules_browser.py" line="443" />
            <source>%n rule(s) · studio checks, always on</source>
            <translation>
                <numerusform>%n rule · studio checks, always on</numerusform>
                <numerusform>%n rules · studio checks, always on</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../rules_browser.py" line="445" />
            <source>%n rule(s) · built into the studio</source>
            <translation>
                <numerusform>%n rule · built into the studio</numerusform>
                <numerusform>%n rules · built into the studio</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../rules_browser.py" line="471" />
            <source>line {0}: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="474" />
            <source>This rule does not load, so it never runs:
{0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="497" />
            <source>Changed in studio.ini (the rule file says {0})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="555" />
            <source>No rule selected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="556" />
            <source>Choose a rule to see what it checks and where it is on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="574" />
            <source>every channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="575" />
            <source>every locale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="577" />
            <source>built in (no file)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="584" />
            <source>{0} (the rule file's)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="589" />
            <source>This rule does not load, so it never runs:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="613" />
            <source>&amp;Enabled for {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="618" />
            <source>line {0}: {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="642" />
            <source>(the file cannot be read: {0})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="647" />
            <source>A studio check: it always runs, studio.ini does not switch it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="656" />
            <source>On everywhere: studio.ini says {1}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="658" />
            <source>Off everywhere: studio.ini says {1}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="662" />
            <source>On for {0}: studio.ini says {1}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="664" />
            <source>Off for {0}: studio.ini says {1}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="671" />
            <source>On everywhere: its style {1} is in BasedOnStyles of [{2}].</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="673" />
            <source>Off everywhere: its style {1} is not in BasedOnStyles of [{2}].</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="677" />
            <source>On for {0}: its style {1} is in BasedOnStyles of [{2}].</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="679" />
            <source>Off for {0}: its style {1} is not in BasedOnStyles of [{2}].</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="683" />
            <source>The rule file limits it to {0}, so it never checks this channel.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="735" />
            <source>The change was not saved: {0}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Severity</name>
        <message>
            <location filename="../problems.py" line="63" />
            <source>Error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problems.py" line="64" />
            <source>Warning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problems.py" line="65" />
            <source>Suggestion</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SignageTab</name>
        <message>
            <location filename="../previews/signage.py" line="95" />
            <source>Print size:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/signage.py" line="97" />
            <source>Print size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/signage.py" line="103" />
            <location filename="../previews/signage.py" line="119" />
            <source>Poster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/signage.py" line="104" />
            <source>Drawing the poster…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/signage.py" line="106" />
            <source>Actual size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/signage.py" line="108" />
            <source>Show the poster at actual size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/signage.py" line="110" />
            <source>Pixel for pixel, to read the small print (double-click the poster)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/signage.py" line="123" />
            <source>Highlighted words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/signage.py" line="170" />
            <source>{0}: {1} × {2} mm + {3} mm bleed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/signage.py" line="175" />
            <source>printed at {0} DPI</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/signage.py" line="177" />
            <source>Preview drawn at {0} DPI: the print file has the same layout, sharper.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/signage.py" line="188" />
            <source>On the poster ({0}): «{1}»</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/signage.py" line="226" />
            <source>The poster cannot be drawn: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/signage.py" line="228" />
            <source>No poster: see the message above.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SmsTab</name>
        <message>
            <location filename="../previews/sms.py" line="24" />
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/sms.py" line="26" />
            <source>Sender</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/sms.py" line="30" />
            <source>Message bubble</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/sms.py" line="31" />
            <source>Message text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/sms.py" line="63" />
            <source>Text message from {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/sms.py" line="72" />
            <source>Segment {0} of {1}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../previews/sms.py" line="96" />
            <source>%n segment(s)</source>
            <translation>
                <numerusform>%n segment</numerusform>
                <numerusform>%n segments</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../previews/sms.py" line="97" />
            <source>%n character(s)</source>
            <translation>
                <numerusform>%n character</numerusform>
                <numerusform>%n characters</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../previews/sms.py" line="98" />
            <source>{0} left in this segment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/sms.py" line="103" />
            <source>Not in the GSM-7 alphabet: {0}. That makes the whole message UCS-2: {1} characters a segment instead of {2} ({3} instead of {4} for a single message).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/sms.py" line="108" />
            <source>GSM-7: {0} characters in a single message, {1} a segment when longer; {2} count twice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/sms.py" line="111" />
            <source>Every other segment is tinted in the bubble.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../previews/sms.py" line="113" />
            <source>Over the brand's limit of %n segment(s).</source>
            <translation>
                <numerusform>Over the brand's limit of %n segment.</numerusform>
                <numerusform>Over the brand's limit of %n segments.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Status</name>
        <message>
            <location filename="../campaign_model.py" line="30" />
            <source>Draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../campaign_model.py" line="31" />
            <source>In review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../campaign_model.py" line="32" />
            <source>Approved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../campaign_model.py" line="33" />
            <source>Exported</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>_HtmlHost</name>
        <message>
            <location filename="../previews/email.py" line="73" />
            <source>Email as customers see it</source>
            <extracomment>Width of the email in each view mode, in CSS pixels. none: the HTML follows each check at once (the check already waits for a pause in typing, and a newer request cancels a render still waiting); the preview shows ≤ 300 ms after the last key</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
</TS>