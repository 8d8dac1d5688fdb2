<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
    <context>
        <name>AmountField</name>
        <message>
            <location filename="../entry_fields.py" line="331" />
            <source>%1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../entry_fields.py" line="336" />
            <source>“%1” can be read two ways. Which one do you mean?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../entry_fields.py" line="345" />
            <source>The campaign's prices are in %1, not %2: change the currency to use %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../entry_fields.py" line="348" />
            <source>Thousands are grouped in threes (1.234.567 or 1,234,567): check the digits.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../entry_fields.py" line="351" />
            <source>“%1” is not part of an amount: type digits, one decimal mark, the currency.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../entry_fields.py" line="353" />
            <source>This is not an amount: type digits and one decimal mark, e.g. %1.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AssetPickerDialog</name>
        <message>
            <location filename="../editor/widgets.py" line="290" />
            <location filename="../editor/widgets.py" line="291" />
            <source>Choose the hero image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor/widgets.py" line="294" />
            <source>Workspace images</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor/widgets.py" line="316" />
            <source>There are no images in the workspace's assets/images folder.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CampaignEditor</name>
        <message>
            <location filename="../editor/campaign_editor.py" line="70" />
            <source>Campaign editor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor/campaign_editor.py" line="89" />
            <location filename="../editor/campaign_editor.py" line="162" />
            <source>Select or create a campaign</source>
            <extracomment>the campaign shown last (kept while the editor is empty between two campaigns)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor/campaign_editor.py" line="91" />
            <location filename="../editor/campaign_editor.py" line="163" />
            <source>No campaign open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor/campaign_editor.py" line="100" />
            <source>Campaign fact sheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor/campaign_editor.py" line="110" />
            <source>Problems with the campaign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor/campaign_editor.py" line="165" />
            <source>Opening “{0}”…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor/campaign_editor.py" line="166" />
            <source>Opening a campaign</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CampaignTable</name>
        <message>
            <location filename="../campaign_model.py" line="138" />
            <source>Campaign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../campaign_model.py" line="139" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../campaign_model.py" line="140" />
            <source>Locales</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../campaign_model.py" line="141" />
            <source>Channels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../campaign_model.py" line="142" />
            <source>Runs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../campaign_model.py" line="144" />
            <source>Changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../campaign_model.py" line="134" />
            <source>Last change</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Channel</name>
        <message>
            <location filename="../dialogs.py" line="44" />
            <source>Email</source>
            <extracomment>Locales offered for a new campaign, Spanish first.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../dialogs.py" line="45" />
            <source>SMS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../dialogs.py" line="46" />
            <source>X</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../dialogs.py" line="47" />
            <source>Instagram</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../dialogs.py" line="48" />
            <source>Facebook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../dialogs.py" line="49" />
            <source>LinkedIn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../dialogs.py" line="50" />
            <source>Signage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../dialogs.py" line="51" />
            <source>WhatsApp</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../dialogs.py" line="52" />
            <source>Push notification</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../dialogs.py" line="53" />
            <source>Staff brief</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../dialogs.py" line="54" />
            <source>Web</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChannelTab</name>
        <message>
            <location filename="../previews/base.py" line="62" />
            <source>{0} preview</source>
            <extracomment>the latest check's variants by (channel id, locale): a tab takes them, never renders them again Debounce of the heavy work (HTML, poster); 0 for none.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/base.py" line="64" />
            <source>Edited by hand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/base.py" line="65" />
            <source>This text was written by hand: it no longer follows the template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/base.py" line="68" />
            <source>Edit text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/base.py" line="71" />
            <source>Edit the {0} text by hand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/base.py" line="73" />
            <source>Write this channel's text yourself instead of the template's</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/base.py" line="90" />
            <source>Preview problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/base.py" line="98" />
            <source>{0} counters</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConflictBox</name>
        <message>
            <location filename="../dialogs.py" line="205" />
            <source>Someone else changed this campaign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../dialogs.py" line="208" />
            <source>{2} saved “{0}” while you were editing (now revision {1}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../dialogs.py" line="213" />
            <source>“{0}” was saved by someone else while you were editing (now revision {1}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../dialogs.py" line="218" />
            <source>Nothing has been overwritten. Reload their version (your edits are dropped), or keep yours as a new revision on top of theirs (theirs stays in the history).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../dialogs.py" line="222" />
            <source>Reload theirs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../dialogs.py" line="224" />
            <source>Keep mine as a new revision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../dialogs.py" line="226" />
            <source>Decide later</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Counter</name>
        <message numerus="yes">
            <location filename="../editor/widgets.py" line="277" />
            <source>%n of %1 characters</source>
            <extracomment>Locales offered when adding one (besides the campaign's own).</extracomment>
            <translation>
                <numerusform>%n of %1 characters</numerusform>
                <numerusform>%n of %1 characters</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DateTimeField</name>
        <message>
            <location filename="../entry_fields.py" line="389" />
            <source>Choose the day on a calendar (F4)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../entry_fields.py" line="390" />
            <source>Choose the day on a calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../entry_fields.py" line="440" />
            <source>The offer needs this date: type one, e.g. %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../entry_fields.py" line="470" />
            <source>%1 has %2 days: there is no day %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../entry_fields.py" line="476" />
            <source>There is no month %1: months go from 1 to 12.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../entry_fields.py" line="478" />
            <source>Type the day too, e.g. %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../entry_fields.py" line="480" />
            <source>“%1” is not a year: type it with 4 digits (or 2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../entry_fields.py" line="482" />
            <source>“%1” is not a time of day: type e.g. 7:00, 19:30 or 7 pm.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../entry_fields.py" line="488" />
            <source>%1 is a %2: check the day or the weekday.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../entry_fields.py" line="494" />
            <source>%1 does not exist that day in %2: the clocks go forward then.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../entry_fields.py" line="499" />
            <source>“%1” is not a date: type e.g. %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../entry_fields.py" line="522" />
            <source>ends before it starts</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../entry_fields.py" line="526" />
            <source>lasts %n day(s)</source>
            <translation>
                <numerusform>lasts %n day</numerusform>
                <numerusform>lasts %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../entry_fields.py" line="529" />
            <source>longer than the brand's %n day(s)</source>
            <translation>
                <numerusform>longer than the brand's %n day</numerusform>
                <numerusform>longer than the brand's %n days</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../entry_fields.py" line="539" />
            <source>starts today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../entry_fields.py" line="541" />
            <source>starts tomorrow</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../entry_fields.py" line="543" />
            <source>starts in %n day(s)</source>
            <translation>
                <numerusform>starts in %n day</numerusform>
                <numerusform>starts in %n days</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../entry_fields.py" line="545" />
            <source>started yesterday</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../entry_fields.py" line="546" />
            <source>started %n day(s) ago</source>
            <translation>
                <numerusform>started %n day ago</numerusform>
                <numerusform>started %n days ago</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../entry_fields.py" line="548" />
            <source>ends today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../entry_fields.py" line="550" />
            <source>ends tomorrow</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../entry_fields.py" line="552" />
            <source>ends in %n day(s)</source>
            <translation>
                <numerusform>ends in %n day</numerusform>
                <numerusform>ends in %n days</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../entry_fields.py" line="554" />
            <source>ended yesterday</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../entry_fields.py" line="555" />
            <source>ended %n day(s) ago</source>
            <translation>
                <numerusform>ended %n day ago</numerusform>
                <numerusform>ended %n days ago</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../entry_fields.py" line="574" />
            <source>Calendar</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DocumentController</name>
        <message>
            <location filename="../window/documents.py" line="48" />
            <location filename="../window/documents.py" line="299" />
            <source>The campaign cannot be opened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../window/documents.py" line="78" />
            <location filename="../window/documents.py" line="219" />
            <source>Not saved: {0}</source>
            <extracomment>the brand kit's rules no waiver may cover, as the last check read them (None: read here)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../window/documents.py" line="91" />
            <source>Your changes to “{0}” are back: it is saved once they are valid.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../window/documents.py" line="97" />
            <source>Recovered unsaved changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../window/documents.py" line="100" />
            <source>Unsaved changes from your last session were recovered; they are saved as you go on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../window/documents.py" line="105" />
            <source>Saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../window/documents.py" line="144" />
            <source>The campaign you left was not saved: its changes are kept as a draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../window/documents.py" line="167" />
            <source>“{0}” is not saved yet ({1}): your changes are kept and come back when you open it again.</source>
            <extracomment>campaigns left in this session with changes not valid yet: their drafts come back as they were</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../window/documents.py" line="222" />
            <source>The campaign cannot be checked: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../window/documents.py" line="223" />
            <source>The brand kit has a problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../window/documents.py" line="228" />
            <source>Saved · revision {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../window/documents.py" line="241" />
            <source>Editing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../window/documents.py" line="249" />
            <source>Not saved: someone else changed this campaign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../window/documents.py" line="308" />
            <source>Edit {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../window/documents.py" line="328" />
            <source>Reset {0} to the template</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../window/documents.py" line="362" />
            <source>Apply %n fix(es)</source>
            <translation>
                <numerusform>Apply %n fix</numerusform>
                <numerusform>Apply %n fixes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../window/documents.py" line="365" />
            <source>Applied %n fix(es).</source>
            <translation>
                <numerusform>Applied %n fix.</numerusform>
                <numerusform>Applied %n fixes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../window/documents.py" line="368" />
            <source>%n fix(es) could not be applied: the words come from a template, not from the campaign.</source>
            <translation>
                <numerusform>%n fix could not be applied: the words come from a template, not from the campaign.</numerusform>
                <numerusform>%n fixes could not be applied: the words come from a template, not from the campaign.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../window/documents.py" line="404" />
            <source>Waived: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../window/documents.py" line="406" />
            <source>The finding cannot be waived</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../window/documents.py" line="426" />
            <source>Waived: %n finding(s)</source>
            <translation>
                <numerusform>Waived: %n finding</numerusform>
                <numerusform>Waived: %n findings</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../window/documents.py" line="428" />
            <source>The findings cannot be waived</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../window/documents.py" line="445" />
            <source>The waiver cannot be withdrawn</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../window/documents.py" line="460" />
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n error</numerusform>
                <numerusform>%n errors</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../window/documents.py" line="461" />
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n warning</numerusform>
                <numerusform>%n warnings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../window/documents.py" line="462" />
            <source>%n suggestion(s)</source>
            <translation>
                <numerusform>%n suggestion</numerusform>
                <numerusform>%n suggestions</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../window/documents.py" line="524" />
            <source>The campaign cannot be created</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../window/documents.py" line="531" />
            <source>Saved.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EditorLocaleTabs</name>
        <message>
            <location filename="../editor/locale_tabs.py" line="141" />
            <source>Texts per locale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor/locale_tabs.py" line="143" />
            <source>Locales</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor/locale_tabs.py" line="151" />
            <source>+ Locale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor/locale_tabs.py" line="154" />
            <location filename="../editor/locale_tabs.py" line="155" />
            <source>Add a locale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor/locale_tabs.py" line="210" />
            <source>Remove this locale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor/locale_tabs.py" line="211" />
            <location filename="../editor/locale_tabs.py" line="287" />
            <source>Remove %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor/locale_tabs.py" line="265" />
            <source>Add %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EditorSections</name>
        <message>
            <location filename="../editor/sections.py" line="86" />
            <source>Campaign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor/sections.py" line="87" />
            <source>&amp;Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor/sections.py" line="89" />
            <source>Ob&amp;jective</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor/sections.py" line="97" />
            <source>Brand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor/sections.py" line="100" />
            <source>The status changes only through review.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor/sections.py" line="101" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor/sections.py" line="112" />
            <source>Time &amp;zone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor/sections.py" line="121" />
            <source>Primary &amp;locale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor/sections.py" line="130" />
            <source>Offer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor/sections.py" line="135" />
            <source>&amp;Price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor/sections.py" line="137" />
            <source>Price &amp;before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor/sections.py" line="143" />
            <source>Currenc&amp;y</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor/sections.py" line="149" />
            <source>Discoun&amp;t (%)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor/sections.py" line="154" />
            <source>Pro&amp;mo code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor/sections.py" line="160" />
            <source>e.g. BF26</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor/sections.py" line="163" />
            <source>Lowest price, last &amp;30 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor/sections.py" line="167" />
            <source>The lowest price charged in the 30 days before the offer. In Spain (EU Omnibus directive) the price shown as 'before' must be this one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor/sections.py" line="171" />
            <source>Val&amp;id from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor/sections.py" line="173" />
            <source>Valid &amp;until</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor/sections.py" line="189" />
            <source>In stores</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor/sections.py" line="190" />
            <source>Online</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor/sections.py" line="191" />
            <source>In the app</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor/sections.py" line="194" />
            <source>Where it can be redeemed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor/sections.py" line="200" />
            <source>Call to action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor/sections.py" line="204" />
            <source>Landin&amp;g page URL</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor/sections.py" line="214" />
            <source>Hashtags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor/sections.py" line="219" />
            <source>#CafeAurora, #BlackFriday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor/sections.py" line="232" />
            <source>Hero image preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor/sections.py" line="236" />
            <source>Choose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor/sections.py" line="238" />
            <location filename="../editor/sections.py" line="257" />
            <source>Choose the hero image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor/sections.py" line="242" />
            <source>No hero image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor/sections.py" line="243" />
            <source>Remove the hero image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor/sections.py" line="256" />
            <source>Hero image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor/sections.py" line="267" />
            <source>Channels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor/sections.py" line="276" />
            <source>Print size %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor/sections.py" line="285" />
            <source>Print sizes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor/sections.py" line="324" />
            <source>Draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor/sections.py" line="325" />
            <source>In review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor/sections.py" line="326" />
            <source>Approved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor/sections.py" line="327" />
            <source>Exported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor/sections.py" line="339" />
            <source>Status: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor/sections.py" line="356" />
            <source>Dates and times in %1 (UTC%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor/sections.py" line="375" />
            <source>No image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor/sections.py" line="376" />
            <source>No hero image chosen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor/sections.py" line="383" />
            <source>Missing</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EmailTab</name>
        <message>
            <location filename="../previews/email.py" line="147" />
            <source>Inbox line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/email.py" line="150" />
            <source>Sender</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/email.py" line="154" />
            <source>Subject</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/email.py" line="156" />
            <source>Preheader</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/email.py" line="169" />
            <source>Desktop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/email.py" line="169" />
            <source>The email at 700 pixels wide, as on a computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/email.py" line="170" />
            <source>Mobile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/email.py" line="170" />
            <source>The email at 375 pixels wide, as on a phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/email.py" line="171" />
            <source>Plain text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/email.py" line="171" />
            <source>The plain-text part, for clients that show no HTML</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/email.py" line="176" />
            <source>Show the email: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/email.py" line="186" />
            <location filename="../previews/email.py" line="392" />
            <source>Looks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/email.py" line="187" />
            <source>How the email looks in other clients</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/email.py" line="188" />
            <source>Dark mode and blocked images, as many inboxes show the email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/email.py" line="191" />
            <source>Dark mode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/email.py" line="193" />
            <source>The email as a client in dark mode shows it (Apple Mail, Outlook.com, the Gmail app)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/email.py" line="195" />
            <source>Images off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/email.py" line="197" />
            <source>The email as a client that blocks images shows it: each image is its alternative text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/email.py" line="205" />
            <source>Send test…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/email.py" line="206" />
            <source>Send a test of this email to an inbox</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/email.py" line="208" />
            <source>Send this email, as exported, to your own inbox through your SMTP server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/email.py" line="222" />
            <location filename="../previews/email.py" line="227" />
            <source>Plain-text version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/email.py" line="290" />
            <source>Cut off in most inboxes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/email.py" line="307" />
            <source>Subject: {0} / {1} characters visible</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/email.py" line="314" />
            <source>Preheader: {0} / {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/email.py" line="324" />
            <source>HTML: {0} KB of {1} KB</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/email.py" line="329" />
            <source>Gmail clips emails above {0} KB: shorten the body.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/email.py" line="333" />
            <source>Inboxes cut the subject after about {0} characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/email.py" line="402" />
            <source>The email cannot be shown: {0}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EntryField</name>
        <message>
            <location filename="../entry_fields.py" line="137" />
            <source>First reading</source>
            <extracomment>other document paths whose change refreshes this field (the zone, the offer's other end)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../entry_fields.py" line="138" />
            <source>Second reading</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../export_dialog.py" line="143" />
            <source>Export campaigns</source>
            <extracomment>The presets as people know them (the presets' own labels name their import formats). the export finished (or was cancelled, or failed) and the summary shows it progress as it reached the dialog (done, total) — for tests and the window's status bar</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="170" />
            <source>Email</source>
            <extracomment>the open campaign's readiness checklist when the window knows it (see set_checklist)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="171" />
            <source>SMS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="172" />
            <source>X</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="173" />
            <source>Instagram</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="174" />
            <source>Facebook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="175" />
            <source>LinkedIn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="176" />
            <source>Signage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="177" />
            <source>WhatsApp</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="178" />
            <source>Push notification</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="179" />
            <source>Staff brief</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="180" />
            <source>Web</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../export_dialog.py" line="186" />
            <source>Export %n campaign(s) as channel-ready files:</source>
            <translation>
                <numerusform>Export %n campaign as channel-ready files:</numerusform>
                <numerusform>Export %n campaigns as channel-ready files:</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="191" />
            <source>Campaigns to export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="197" />
            <source>Destination folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="201" />
            <source>&amp;Choose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="202" />
            <source>Choose the destination folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="210" />
            <source>Channels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="215" />
            <source>Export channel {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="220" />
            <source>Locales</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="225" />
            <source>Export locale {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="230" />
            <source>Options</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="231" />
            <source>One &amp;zip file per campaign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="232" />
            <source>Zip each campaign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="234" />
            <source>&amp;Replace earlier exports in the folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="235" />
            <source>Replace earlier exports</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="238" />
            <source>&amp;Force: export campaigns with error findings that are not waived</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="240" />
            <source>Force the export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="243" />
            <source>Without this, a campaign with error findings that are not waived is refused. A forced export records your reason in its manifest and the audit log.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="249" />
            <source>Reason for forcing the export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="250" />
            <source>Why may these findings go out? (required)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="257" />
            <source>Reason:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="261" />
            <source>What is missing before exporting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="263" />
            <source>Export progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="266" />
            <source>%v of %m</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="270" />
            <source>Export status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="272" />
            <source>Export summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="273" />
            <source>Campaign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="273" />
            <source>Result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="278" />
            <source>&amp;Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="279" />
            <source>Start the export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="282" />
            <source>&amp;Open folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="283" />
            <source>Open the destination folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="286" />
            <location filename="../export_dialog.py" line="287" />
            <location filename="../export_dialog.py" line="580" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="299" />
            <source>&amp;Destination:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="333" />
            <source>Publishing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="342" />
            <source>Email service provider</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="344" />
            <source>The unsubscribe link in the email is written as this provider's merge tag.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="346" />
            <source>None (the brand's unsubscribe address)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="350" />
            <source>Email &amp;provider:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="353" />
            <source>Social media scheduler</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="355" />
            <source>Also write this scheduler's bulk-import files beside the schedule sheet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="357" />
            <source>None</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="363" />
            <source>Social &amp;scheduler:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="366" />
            <location filename="../export_dialog.py" line="447" />
            <source>SMS audience file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="367" />
            <source>Optional: a CSV with phone, locale and name columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="370" />
            <source>One SMS per recipient in the gateway's import file. The file is only read for this export: it is never stored.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="376" />
            <source>Choose f&amp;ile…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="377" />
            <source>Choose the SMS audience file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="385" />
            <source>What is wrong with the audience file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="393" />
            <source>SMS a&amp;udience:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="397" />
            <source>Asset base URL</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="398" />
            <source>Empty: images by relative path</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="401" />
            <source>The public address the export folder is uploaded to, such as https://cdn.example.com/campaigns: the email and the scheduler files name images by absolute URL.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="409" />
            <source>What is wrong with the asset base URL</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="417" />
            <source>Asset &amp;base URL:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="438" />
            <source>Not a public base URL: write one such as https://cdn.example.com/campaigns (no query, no spaces), or leave it empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="448" />
            <source>CSV files (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="448" />
            <source>All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="502" />
            <source>None of these campaigns can be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="507" />
            <source>Choose a destination folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="509" />
            <source>Tick at least one channel.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="511" />
            <source>Tick at least one locale.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="513" />
            <source>A forced export needs a reason: say why the findings may go out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="515" />
            <source>Correct the asset base URL or leave it empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="517" />
            <source>The SMS audience goes with the SMS channel: tick SMS or clear the audience file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="540" />
            <source>Export to folder</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../export_dialog.py" line="559" />
            <source>Earlier exports of %n campaign(s) are in this folder. Tick “Replace earlier exports” or choose another folder.</source>
            <translation>
                <numerusform>Earlier exports of %n campaign are in this folder. Tick “Replace earlier exports” or choose another folder.</numerusform>
                <numerusform>Earlier exports of %n campaigns are in this folder. Tick “Replace earlier exports” or choose another folder.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="579" />
            <source>Starting the export…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="619" />
            <location filename="../export_dialog.py" line="635" />
            <source>Cancelling: the campaign being exported is finished or dropped…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="622" />
            <source>Exporting “{0}” ({1} of {2})…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="624" />
            <source>Finishing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="646" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="654" />
            <source>The files cannot be written: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="663" />
            <source>the SMS audience file cannot be used: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="664" />
            <source>The export did not run: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="672" />
            <source>SMS audience</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="675" />
            <source>Line {0} of {1} skipped: {2}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="699" />
            <source>Exported (forced): {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="699" />
            <source>Exported: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="705" />
            <source>Refused: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="713" />
            <source>Not exported (cancelled)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="713" />
            <source>Not exported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="669" />
            <source>Warning</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../export_dialog.py" line="723" />
            <source>%n exported</source>
            <translation>
                <numerusform>%n exported</numerusform>
                <numerusform>%n exported</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../export_dialog.py" line="725" />
            <source>%n refused</source>
            <translation>
                <numerusform>%n refused</numerusform>
                <numerusform>%n refused</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="728" />
            <source>Cancelled: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_dialog.py" line="730" />
            <source>A refused campaign wrote nothing; see why below.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../export_dialog.py" line="742" />
            <source>%n error finding(s) not waived. Fix or waive them, or tick Force and give a reason.</source>
            <translation>
                <numerusform>%n error finding not waived. Fix or waive them, or tick Force and give a reason.</numerusform>
                <numerusform>%n error findings not waived. Fix or waive them, or tick Force and give a reason.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../export_dialog.py" line="749" />
            <source>%n error finding(s) that cannot be waived or forced: fix the text.</source>
            <translation>
                <numerusform>%n error finding that cannot be waived or forced: fix the text.</numerusform>
                <numerusform>%n error findings that cannot be waived or forced: fix the text.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../export_blockers.py" line="25" />
            <source>… and {0} more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_blockers.py" line="28" />
            <source>Export is blocked — checklist items that cannot be waived or forced: {0}. Fix them first:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../export_blockers.py" line="33" />
            <source>Checklist items blocking the export: {0}. Fix or waive them, or force the export with a reason:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FindingsModel</name>
        <message>
            <location filename="../problems.py" line="121" />
            <source>Severity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problems.py" line="122" />
            <source>Channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problems.py" line="123" />
            <source>Locale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problems.py" line="124" />
            <source>Field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problems.py" line="125" />
            <source>Rule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problems.py" line="126" />
            <source>Message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problems.py" line="169" />
            <source>Whole campaign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problems.py" line="177" />
            <source>{0} (waived by {1}: {2})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problems.py" line="184" />
            <source>Rule: {0} ({1})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problems.py" line="186" />
            <source>Field: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problems.py" line="188" />
            <source>Words: «{0}»</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problems.py" line="190" />
            <source>Replace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problems.py" line="191" />
            <source>safe fix</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problems.py" line="191" />
            <source>fix to review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problems.py" line="192" />
            <source>{0} ({1}): «{2}»</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problems.py" line="194" />
            <source>Waived by {0}: {1}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ListPane</name>
        <message>
            <location filename="../window/list_pane.py" line="24" />
            <source>Search campaigns…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../window/list_pane.py" line="26" />
            <source>Search campaigns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../window/list_pane.py" line="28" />
            <source>Filter by status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../window/list_pane.py" line="29" />
            <source>All statuses</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../window/list_pane.py" line="31" />
            <source>Filter by locale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../window/list_pane.py" line="32" />
            <location filename="../window/list_pane.py" line="73" />
            <source>All locales</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../window/list_pane.py" line="36" />
            <source>Campaigns</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../window/list_pane.py" line="101" />
            <source>%n campaign(s)</source>
            <translation>
                <numerusform>%n campaign</numerusform>
                <numerusform>%n campaigns</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LocaleChooserDialog</name>
        <message>
            <location filename="../editor/widgets.py" line="373" />
            <source>Add a locale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor/widgets.py" line="378" />
            <source>Locale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor/widgets.py" line="386" />
            <source>&amp;Locale:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor/widgets.py" line="415" />
            <source>Not a locale: type a tag such as es-AR or en-GB.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor/widgets.py" line="418" />
            <source>The campaign already has this locale.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LocalePage</name>
        <message>
            <location filename="../editor/locale_tabs.py" line="53" />
            <source>Texts in %1</source>
            <extracomment>the locale pages not on screen are built one per this many milliseconds after a campaign opens</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor/locale_tabs.py" line="82" />
            <source>He&amp;adline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor/locale_tabs.py" line="85" />
            <source>&amp;Subheadline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor/locale_tabs.py" line="91" />
            <source>Sh&amp;ort text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor/locale_tabs.py" line="92" />
            <source>Body (Markdo&amp;wn)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor/locale_tabs.py" line="111" />
            <source>Image alt te&amp;xt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor/locale_tabs.py" line="95" />
            <source>&amp;Call to action label</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor/locale_tabs.py" line="103" />
            <source>&amp;Disclaimer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../editor/locale_tabs.py" line="125" />
            <source>**bold**, *italic*, # heading, - list, [link](https://…)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../main_window.py" line="91" />
            <location filename="../main_window.py" line="245" />
            <source>Campaign Studio — {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="276" />
            <source>Previews and review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="138" />
            <source>Previews</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="145" />
            <source>Review and report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="173" />
            <source>Error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="292" />
            <location filename="../main_window.py" line="295" />
            <source>Problems</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="305" />
            <source>Save status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="307" />
            <source>Problem counts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="309" />
            <source>Campaign count</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="311" />
            <source>Who is working</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="65" />
            <source>Campaign Studio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="78" />
            <location filename="../main_window.py" line="272" />
            <source>Opening the workspace…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="267" />
            <source>The workspace cannot be opened.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="268" />
            <source>The workspace cannot be opened</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NewCampaignDialog</name>
        <message>
            <location filename="../dialogs.py" line="71" />
            <source>New campaign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../dialogs.py" line="73" />
            <source>Campaign name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../dialogs.py" line="74" />
            <source>e.g. Winter breakfasts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../dialogs.py" line="76" />
            <source>Primary locale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../dialogs.py" line="104" />
            <source>&amp;Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../dialogs.py" line="107" />
            <source>&amp;Primary locale:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../dialogs.py" line="110" />
            <source>Locales:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../dialogs.py" line="111" />
            <source>Channels:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../dialogs.py" line="126" />
            <source>Give the campaign a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../dialogs.py" line="130" />
            <source>Choose at least one channel.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OverrideEditor</name>
        <message>
            <location filename="../previews/common.py" line="330" />
            <source>Hand-edited texts</source>
            <extracomment>Counter and finding tones: (on a light background, on a dark one). Readable on both. Visible lines of each field's editor.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/common.py" line="367" />
            <source>Edited by hand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/common.py" line="368" />
            <source>Reset to template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/common.py" line="369" />
            <source>Reset {0} to the template's text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/common.py" line="370" />
            <source>Drop your text and use the template's again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/common.py" line="379" />
            <source>Edit {0}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PostTab</name>
        <message>
            <location filename="../previews/posts.py" line="117" />
            <location filename="../previews/posts.py" line="159" />
            <source>{0} post</source>
            <extracomment>the side of the feed picture as decoded for the preview (the pane is narrower than this) Instagram's image is the one the export writes (hero, logo, headline, price, disclaimer), composed on a worker once typing pauses; the hero alone shows meanwhile</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/posts.py" line="119" />
            <source>Brand avatar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/posts.py" line="121" />
            <source>Brand name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/posts.py" line="126" />
            <source>Account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/posts.py" line="136" />
            <source>Post image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/posts.py" line="138" />
            <source>Post text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/posts.py" line="252" />
            <source>The image the export writes as instagram.png</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/posts.py" line="257" />
            <source>The Instagram image cannot be drawn: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/posts.py" line="279" />
            <location filename="../previews/posts.py" line="287" />
            <source>{0} / {1} characters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/posts.py" line="280" />
            <source>Weighted as X counts: every link is 23 characters, an emoji 2.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../previews/posts.py" line="282" />
            <source>%n character(s) over X's limit.</source>
            <translation>
                <numerusform>%n character over X's limit.</numerusform>
                <numerusform>%n characters over X's limit.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../previews/posts.py" line="297" />
            <source>{0} / {1} hashtags</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../previews/posts.py" line="302" />
            <source>%n hashtag(s)</source>
            <translation>
                <numerusform>%n hashtag</numerusform>
                <numerusform>%n hashtags</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../previews/posts.py" line="306" />
            <source>Past {0} characters the feed folds the text behind “See more” (greyed here).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/posts.py" line="308" />
            <source>Behind “See more” in the feed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/posts.py" line="310" />
            <source>{0} allows at most {1} hashtags a post.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PosterView</name>
        <message>
            <location filename="../previews/signage.py" line="44" />
            <source>Double-click: actual size / fit</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <location filename="../dialogs.py" line="155" />
            <source>Preferences</source>
            <extracomment>the name the audit log records on this computer (None: the account's; settings ``user_name``)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../dialogs.py" line="157" />
            <source>Interface language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../dialogs.py" line="158" />
            <location filename="../dialogs.py" line="164" />
            <source>Same as the system</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../dialogs.py" line="163" />
            <source>Colour scheme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../dialogs.py" line="165" />
            <source>Light</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../dialogs.py" line="166" />
            <source>Dark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../dialogs.py" line="169" />
            <source>Your name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../dialogs.py" line="172" />
            <source>The name history and the audit log record for you (a team database records your login).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../dialogs.py" line="175" />
            <source>&amp;Language:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../dialogs.py" line="178" />
            <source>&amp;Colours:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../dialogs.py" line="181" />
            <source>Your &amp;name:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PreviewChannels</name>
        <message>
            <location filename="../previews/base.py" line="262" />
            <source>Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/base.py" line="263" />
            <source>SMS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/base.py" line="264" />
            <source>X</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/base.py" line="265" />
            <source>Instagram</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/base.py" line="266" />
            <source>Facebook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/base.py" line="267" />
            <source>LinkedIn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/base.py" line="268" />
            <source>Signage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/base.py" line="269" />
            <source>WhatsApp</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/base.py" line="270" />
            <source>Push</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/base.py" line="271" />
            <source>Staff brief</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/base.py" line="272" />
            <source>Web</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PreviewFields</name>
        <message>
            <location filename="../previews/common.py" line="428" />
            <source>Subject</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/common.py" line="429" />
            <source>Preheader</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/common.py" line="430" />
            <source>Headline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/common.py" line="431" />
            <source>Subheadline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/common.py" line="432" />
            <source>Price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/common.py" line="433" />
            <source>Old price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/common.py" line="434" />
            <source>Promo code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/common.py" line="435" />
            <source>Dates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/common.py" line="436" />
            <source>Call to action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/common.py" line="437" />
            <source>Disclaimer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/common.py" line="438" />
            <source>Plain-text version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/common.py" line="440" />
            <source>Text</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PreviewPane</name>
        <message>
            <location filename="../previews/__init__.py" line="81" />
            <source>Channel previews</source>
            <extracomment>the texts and counters of every tab show the latest check (the email's HTML follows: each tab's ``heavyShown``); the tab in front is updated at once, the others one per turn after</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/__init__.py" line="121" />
            <source>Locale:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/__init__.py" line="123" />
            <source>Locale of the previews</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/__init__.py" line="124" />
            <source>Which locale's texts the previews show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/__init__.py" line="128" />
            <source>Cha&amp;nnel:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/__init__.py" line="130" />
            <source>Channel of the preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/__init__.py" line="131" />
            <source>Which channel the preview shows (Ctrl+Tab, F7)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/__init__.py" line="96" />
            <source>Preview problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/__init__.py" line="100" />
            <source>Channels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/__init__.py" line="105" />
            <source>Open a campaign to preview its channels.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/__init__.py" line="106" />
            <source>No campaign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/__init__.py" line="244" />
            <source>The previews cannot be updated: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/__init__.py" line="367" />
            <source>{0}: edited by hand</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProblemWords</name>
        <message>
            <location filename="../problem_words.py" line="36" />
            <source>{0} % does not match the prices {1} → {2} ({3} %)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problem_words.py" line="43" />
            <source>required</source>
            <extracomment>(pattern of the model's English message, how to say it)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problem_words.py" line="46" />
            <source>must not be empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problem_words.py" line="50" />
            <source>must not be empty (remove it to use the template)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problem_words.py" line="56" />
            <source>too long: {0} characters at most</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problem_words.py" line="62" />
            <source>must be a positive amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problem_words.py" line="66" />
            <source>{0} has {1} decimals at most</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problem_words.py" line="72" />
            <source>must be between 0 and 100</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problem_words.py" line="76" />
            <source>must be higher than the offer price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problem_words.py" line="87" />
            <source>must be after the start date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problem_words.py" line="91" />
            <source>must be a full web address such as {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problem_words.py" line="97" />
            <source>lists a place twice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problem_words.py" line="101" />
            <source>lists a channel twice</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProblemsPanel</name>
        <message>
            <location filename="../problems.py" line="352" />
            <source>Show waived</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problems.py" line="361" />
            <location filename="../problems.py" line="693" />
            <source>Apply fix</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problems.py" line="362" />
            <source>Fix all safe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problems.py" line="363" />
            <source>Waive…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problems.py" line="364" />
            <source>Unwaive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problems.py" line="304" />
            <source>Problems</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problems.py" line="317" />
            <source>Rule file errors</source>
            <extracomment>runs a modal dialog and returns its result (tests replace it to fill the dialog)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problems.py" line="338" />
            <source>Filter by channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problems.py" line="341" />
            <source>Filter by locale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problems.py" line="343" />
            <location filename="../problems.py" line="598" />
            <source>All channels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problems.py" line="344" />
            <location filename="../problems.py" line="600" />
            <source>All locales</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problems.py" line="348" />
            <source>Search problems</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problems.py" line="349" />
            <source>Filter (words, rule…)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problems.py" line="353" />
            <source>Show waived findings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problems.py" line="365" />
            <source>Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problems.py" line="377" />
            <source>Problems shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problems.py" line="381" />
            <source>Problems list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problems.py" line="413" />
            <location filename="../problems.py" line="643" />
            <source>No problems found.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problems.py" line="415" />
            <source>No problems</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../problems.py" line="608" />
            <source>%n rule file(s) not applied in full: </source>
            <translation>
                <numerusform>%n rule file not applied in full: </numerusform>
                <numerusform>%n rule files not applied in full: </numerusform>
            </translation>
        </message>
        <message>
            <location filename="../problems.py" line="400" />
            <location filename="../problems.py" line="579" />
            <source>Whole campaign</source>
            <extracomment>the campaign whose findings are shown (None: not said)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problems.py" line="617" />
            <source>Errors ({0})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problems.py" line="618" />
            <source>Warnings ({0})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problems.py" line="619" />
            <source>Suggestions ({0})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problems.py" line="624" />
            <source>Show {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problems.py" line="643" />
            <source>No problems match the filters.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../problems.py" line="645" />
            <source>%n shown</source>
            <translation>
                <numerusform>%n shown</numerusform>
                <numerusform>%n shown</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../problems.py" line="696" />
            <source>Review fix…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problems.py" line="724" />
            <source>Review fix</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problems.py" line="726" />
            <source>This fix needs a look before it is applied. Replace «{0}» with «{1}»?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PushTab</name>
        <message>
            <location filename="../previews/push.py" line="40" />
            <source>Notification text as written:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/push.py" line="41" />
            <source>Notification text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/push.py" line="50" />
            <source>Deep link</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/push.py" line="76" />
            <source>iPhone lock screen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/push.py" line="77" />
            <source>iPhone banner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/push.py" line="78" />
            <source>Android shade, collapsed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/push.py" line="79" />
            <source>Android shade, expanded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/push.py" line="87" />
            <source>Notification on {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/push.py" line="114" />
            <source>{0} · now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/push.py" line="114" />
            <source>now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/push.py" line="118" />
            <source>Opens: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/push.py" line="126" />
            <source>title {0} / {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/push.py" line="130" />
            <source>text {0} / {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/push.py" line="134" />
            <source>Cut in: {0}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReasonDialog</name>
        <message>
            <location filename="../problems.py" line="251" />
            <source>Waive a finding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problems.py" line="251" />
            <source>Waive findings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problems.py" line="254" />
            <source>&lt;b&gt;{0}&lt;/b&gt; — {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problems.py" line="259" />
            <source>… and {0} more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problems.py" line="260" />
            <source>One reason for these {0} findings:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problems.py" line="266" />
            <source>Reason for the waiver</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problems.py" line="268" />
            <source>Why is this acceptable here? (shown in the report)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problems.py" line="273" />
            <source>Waive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problems.py" line="280" />
            <source>Reason (required):</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Recovery</name>
        <message>
            <location filename="../recovery.py" line="87" />
            <source>Name</source>
            <extracomment>fields holding an amount or a percentage (written with the interface's decimal mark) a day or a moment as the campaign file keeps it (ISO 8601)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../recovery.py" line="88" />
            <source>Brand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../recovery.py" line="89" />
            <source>Objective</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../recovery.py" line="90" />
            <source>Time zone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../recovery.py" line="91" />
            <source>Main language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../recovery.py" line="92" />
            <source>Headline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../recovery.py" line="93" />
            <source>Subheadline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../recovery.py" line="94" />
            <source>Body</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../recovery.py" line="95" />
            <source>Short text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../recovery.py" line="96" />
            <source>Button label</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../recovery.py" line="97" />
            <source>Disclaimer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../recovery.py" line="98" />
            <source>Image description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../recovery.py" line="99" />
            <source>Price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../recovery.py" line="100" />
            <source>Currency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../recovery.py" line="101" />
            <source>Original price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../recovery.py" line="102" />
            <source>Discount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../recovery.py" line="103" />
            <source>Promo code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../recovery.py" line="104" />
            <source>Valid from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../recovery.py" line="105" />
            <source>Valid until</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../recovery.py" line="106" />
            <source>Where it is redeemed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../recovery.py" line="107" />
            <source>Link</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../recovery.py" line="108" />
            <source>Hashtags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../recovery.py" line="109" />
            <source>Image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../recovery.py" line="110" />
            <source>Channels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../recovery.py" line="111" />
            <source>Print sizes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../recovery.py" line="112" />
            <source>Text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../recovery.py" line="113" />
            <source>Subject</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../recovery.py" line="114" />
            <source>Preheader</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../recovery.py" line="118" />
            <source>{0} ({1})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../recovery.py" line="122" />
            <source>{0} written by hand for {1} ({2})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../recovery.py" line="128" />
            <source>Texts written by hand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../recovery.py" line="131" />
            <source>Language {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../recovery.py" line="133" />
            <source>Languages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../recovery.py" line="141" />
            <location filename="../recovery.py" line="143" />
            <source>(empty)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../recovery.py" line="183" />
            <source>…and %n more change(s)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecoveryBox</name>
        <message>
            <location filename="../recovery.py" line="196" />
            <source>Unsaved changes found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../recovery.py" line="198" />
            <source>“{0}” has changes from your last session that were never saved. Restore them?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../recovery.py" line="203" />
            <source>&amp;Restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../recovery.py" line="204" />
            <source>&amp;Discard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../recovery.py" line="205" />
            <source>Restore the unsaved changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../recovery.py" line="206" />
            <source>Discard the unsaved changes</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReviewPanel</name>
        <message>
            <location filename="../review_panel.py" line="79" />
            <source>Review and report</source>
            <extracomment>cell state → tint laid over the table's base colour (readable on light and dark palettes) the review steps' buttons were enabled or disabled (the window's Review menu follows them) the report of the latest :meth:`show_campaign` is on screen (or why it cannot be) the marketer asked to go to a checklist item's place (a ReadinessItem)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../review_panel.py" line="86" />
            <source>Review status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../review_panel.py" line="88" />
            <source>Consistency score</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../review_panel.py" line="93" />
            <source>Submit for review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../review_panel.py" line="94" />
            <location filename="../review_panel.py" line="179" />
            <source>Approve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../review_panel.py" line="95" />
            <source>Request changes…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../review_panel.py" line="103" />
            <source>Open full report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../review_panel.py" line="104" />
            <source>Open the full report in the browser</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../review_panel.py" line="106" />
            <source>Save report as…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../review_panel.py" line="107" />
            <source>Save the report as HTML or PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../review_panel.py" line="112" />
            <source>Facts by channel and locale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../review_panel.py" line="123" />
            <source>✓ found · ✗ missing · ≠ does not match the fact sheet · — not needed in that channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../review_panel.py" line="126" />
            <source>Legend of the matrix</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../review_panel.py" line="135" />
            <location filename="../review_panel.py" line="295" />
            <source>Consistency report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../review_panel.py" line="141" />
            <source>Review history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../review_panel.py" line="145" />
            <source>Readiness checklist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../review_panel.py" line="150" />
            <source>Report sections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../review_panel.py" line="151" />
            <location filename="../review_panel.py" line="262" />
            <source>Checklist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../review_panel.py" line="152" />
            <source>Facts × channels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../review_panel.py" line="153" />
            <source>Report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../review_panel.py" line="155" />
            <source>History</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../review_panel.py" line="216" />
            <source>{0}/100</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../review_panel.py" line="217" />
            <source>Consistency score (see “How it is computed” in the report)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../review_panel.py" line="218" />
            <source>Status: {0} · revision {1}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../review_panel.py" line="222" />
            <source>%n item(s) block approval and export</source>
            <translation>
                <numerusform>%n item block approval and export</numerusform>
                <numerusform>%n items block approval and export</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../review_panel.py" line="239" />
            <source>✓ Nothing blocks approval or export.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../review_panel.py" line="241" />
            <source>Blocks approval and export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../review_panel.py" line="242" />
            <source>Worth a look (does not block)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../review_panel.py" line="262" />
            <source>Checklist ({0})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../review_panel.py" line="329" />
            <source>found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../review_panel.py" line="330" />
            <source>missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../review_panel.py" line="331" />
            <source>conflict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../review_panel.py" line="332" />
            <source>not needed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../review_panel.py" line="345" />
            <source>waived</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../review_panel.py" line="382" />
            <source>Approval is blocked by {0} item(s) of the checklist:</source>
            <extracomment>whether the signed-in person may sign off, read with the report (None: not read yet)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../review_panel.py" line="384" />
            <source>… and {0} more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../review_panel.py" line="406" />
            <source>Request changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../review_panel.py" line="407" />
            <source>What should change?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../review_panel.py" line="418" />
            <source>The review step was refused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../review_panel.py" line="438" />
            <source>Save report as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../review_panel.py" line="438" />
            <source>HTML page (*.html);;PDF document (*.pdf)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RevisionDiffDialog</name>
        <message>
            <location filename="../revision_diff.py" line="53" />
            <source>Compare revisions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../revision_diff.py" line="56" />
            <source>&amp;From:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../revision_diff.py" line="59" />
            <source>&amp;To:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../revision_diff.py" line="70" />
            <source>Field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../revision_diff.py" line="70" />
            <source>Before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../revision_diff.py" line="70" />
            <source>After</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../revision_diff.py" line="79" />
            <source>Fields that differ</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../revision_diff.py" line="90" />
            <source>Revision {0} · {1} · {2}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../revision_diff.py" line="111" />
            <source>This campaign has no revisions yet.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../revision_diff.py" line="115" />
            <source>%n field(s) differ</source>
            <translation>
                <numerusform>%n field differ</numerusform>
                <numerusform>%n fields differ</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../revision_diff.py" line="115" />
            <source>Same content.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../revision_diff.py" line="131" />
            <source>(empty)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../revision_diff.py" line="131" />
            <source>yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../revision_diff.py" line="131" />
            <source>no</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RulesBrowser</name>
        <message>
            <location filename="../rules_browser.py" line="181" />
            <source>Problems with the brand rules</source>
            <extracomment>what the search box matches: the texts shown and the rule's id</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="187" />
            <source>Filter rules (id, message, kind…)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="189" />
            <source>Filter rules</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="191" />
            <source>Channel whose rules are shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="192" />
            <source>studio.ini can turn rules on and off for every channel or for one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="193" />
            <source>&amp;Channel:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="197" />
            <source>Read the rule files again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="198" />
            <source>Reload the rules</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="208" />
            <location filename="../rules_browser.py" line="260" />
            <source>Rule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="208" />
            <source>Level</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="208" />
            <location filename="../rules_browser.py" line="296" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="208" />
            <location filename="../rules_browser.py" line="297" />
            <source>Category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="208" />
            <location filename="../rules_browser.py" line="293" />
            <source>Message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="218" />
            <source>Brand rules</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="239" />
            <source>Read-only: only a brand manager changes the brand rules.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="241" />
            <source>Read-only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="264" />
            <source>What studio.ini makes of the rule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="268" />
            <source>Why the rule does not load</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="271" />
            <location filename="../rules_browser.py" line="641" />
            <source>&amp;Enabled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="272" />
            <source>Rule enabled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="275" />
            <source>Rule level</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="282" />
            <source>&amp;Level:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="294" />
            <source>Description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="295" />
            <source>Link</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="298" />
            <source>Channels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="299" />
            <source>Locales</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="300" />
            <source>File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="313" />
            <source>Rule file source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="314" />
            <source>Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="330" />
            <source>Every channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="331" />
            <source>Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="332" />
            <source>SMS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="333" />
            <source>Every social post</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="334" />
            <source>X</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="335" />
            <source>Instagram</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="336" />
            <source>Facebook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="337" />
            <source>LinkedIn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="338" />
            <source>Signage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="345" />
            <source>existence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="346" />
            <source>substitution</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="347" />
            <source>occurrence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="348" />
            <source>repetition</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="349" />
            <location filename="../rules_browser.py" line="367" />
            <source>consistency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="350" />
            <source>conditional</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="351" />
            <source>capitalization</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="352" />
            <source>spelling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="346" />
            <source>shouting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="353" />
            <source>sequence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="354" />
            <source>metric</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="355" />
            <source>script</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="356" />
            <source>limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="357" />
            <source>required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="358" />
            <source>formality</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="359" />
            <location filename="../rules_browser.py" line="368" />
            <source>language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="360" />
            <source>price history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="366" />
            <source>channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="369" />
            <source>policy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="370" />
            <source>tone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="376" />
            <source>suggestion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="377" />
            <source>warning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="378" />
            <source>error</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../rules_browser.py" line="412" />
            <source>Rule files that do not load never run (%n):</source>
            <translation>
                <numerusform>Rule files that do not load never run (%n):</numerusform>
                <numerusform>Rule files that do not load never run (%n):</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../rules_browser.py" line="422" />
            <source>studio.ini has problems (those settings are ignored):</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../rules_browser.py" line="456" />
            <source>%n rule(s)</source>
            <translation>
                <numerusform>%n rule</numerusform>
                <numerusform>%n rules</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../rules_browser.py" line="458" />
            <source>%n rule(s) · studio checks, on unless switched off</source>
            <translation>
                <numerusform>%n rule · studio checks, on unless switched off</numerusform>
                <numerusform>%n rules · studio checks, on unless switched off</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../rules_browser.py" line="460" />
            <source>%n rule(s) · built into the studio</source>
            <translation>
                <numerusform>%n rule · built into the studio</numerusform>
                <numerusform>%n rules · built into the studio</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../rules_browser.py" line="489" />
            <source>line {0}: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="492" />
            <source>This rule does not load, so it never runs:
{0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="515" />
            <source>Changed in studio.ini (the rule file says {0})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="576" />
            <source>No rule selected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="577" />
            <source>Choose a rule to see what it checks and where it is on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="599" />
            <source>every channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="603" />
            <source>every locale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="607" />
            <source>built in (no file)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="614" />
            <source>{0} (the rule file's)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="619" />
            <source>This rule does not load, so it never runs:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="643" />
            <source>&amp;Enabled for {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="648" />
            <source>line {0}: {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="672" />
            <source>(the file cannot be read: {0})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="684" />
            <source>On everywhere: studio.ini says {1}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="686" />
            <source>Off everywhere: studio.ini says {1}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="690" />
            <source>On for {0}: studio.ini says {1}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="692" />
            <source>Off for {0}: studio.ini says {1}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="697" />
            <source>A studio check: on everywhere unless studio.ini switches it off.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="699" />
            <source>A studio check: on for {0} unless studio.ini switches it off.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="705" />
            <source>On everywhere: its style {1} is in BasedOnStyles of [{2}].</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="707" />
            <source>Off everywhere: its style {1} is not in BasedOnStyles of [{2}].</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="711" />
            <source>On for {0}: its style {1} is in BasedOnStyles of [{2}].</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="713" />
            <source>Off for {0}: its style {1} is not in BasedOnStyles of [{2}].</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="717" />
            <source>The rule file limits it to {0}, so it never checks this channel.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../rules_browser.py" line="769" />
            <source>The change was not saved: {0}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SendTestDialog</name>
        <message>
            <location filename="../previews/proof.py" line="57" />
            <source>Send a test email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/proof.py" line="61" />
            <source>The {0} email of “{1}”, exactly as exported, with “{2}” before its subject.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/proof.py" line="67" />
            <source>you@example.com</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/proof.py" line="68" />
            <source>Send the test to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/proof.py" line="70" />
            <source>&amp;To:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/proof.py" line="72" />
            <source>Your SMTP server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/proof.py" line="75" />
            <source>SMTP server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/proof.py" line="79" />
            <source>SMTP port</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/proof.py" line="82" />
            <source>STARTTLS (port 587)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/proof.py" line="83" />
            <source>SSL/TLS (port 465)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/proof.py" line="84" />
            <source>None (local relay)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/proof.py" line="89" />
            <source>Connection security</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/proof.py" line="92" />
            <source>SMTP user</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/proof.py" line="93" />
            <source>empty: no login</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/proof.py" line="96" />
            <source>SMTP password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/proof.py" line="97" />
            <source>empty: the one kept in the system keyring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/proof.py" line="99" />
            <source>&amp;Server:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/proof.py" line="100" />
            <source>&amp;Port:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/proof.py" line="101" />
            <source>S&amp;ecurity:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/proof.py" line="102" />
            <source>&amp;User:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/proof.py" line="103" />
            <source>Pass&amp;word:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/proof.py" line="107" />
            <source>Sending status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/proof.py" line="109" />
            <source>Se&amp;nd test</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/proof.py" line="174" />
            <source>Sending to {0} through {1}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/proof.py" line="181" />
            <source>Sent to {0}. Check the inbox.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/proof.py" line="190" />
            <source>Not sent: {0}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Severity</name>
        <message>
            <location filename="../problems.py" line="65" />
            <source>Error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problems.py" line="66" />
            <source>Warning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../problems.py" line="67" />
            <source>Suggestion</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <location filename="../keyboard.py" line="225" />
            <location filename="../keyboard.py" line="228" />
            <source>Keyboard shortcuts</source>
            <extracomment>Keys that move the current row of a list without meaning "open it".</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../keyboard.py" line="229" />
            <source>Command</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../keyboard.py" line="229" />
            <source>Keys</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../keyboard.py" line="246" />
            <source>F6 and Shift+F6 move between the panes; Tab and Shift+Tab move within them.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SignageTab</name>
        <message>
            <location filename="../previews/signage.py" line="105" />
            <source>Print size:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/signage.py" line="107" />
            <source>Print size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/signage.py" line="112" />
            <location filename="../previews/signage.py" line="134" />
            <source>Poster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/signage.py" line="113" />
            <source>Drawing the poster…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/signage.py" line="115" />
            <source>Actual size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/signage.py" line="117" />
            <source>Show the poster at actual size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/signage.py" line="119" />
            <source>Pixel for pixel, to read the small print (double-click the poster)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/signage.py" line="138" />
            <source>Highlighted words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/signage.py" line="185" />
            <source>{0}: {1} × {2} mm + {3} mm bleed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/signage.py" line="190" />
            <source>printed at {0} DPI</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/signage.py" line="192" />
            <source>Preview drawn at {0} DPI: the print file has the same layout, sharper.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/signage.py" line="203" />
            <source>On the poster ({0}): «{1}»</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/signage.py" line="241" />
            <source>The poster cannot be drawn: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/signage.py" line="243" />
            <source>No poster: see the message above.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SmsTab</name>
        <message>
            <location filename="../previews/sms.py" line="25" />
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/sms.py" line="27" />
            <source>Sender</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/sms.py" line="31" />
            <source>Message bubble</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/sms.py" line="32" />
            <source>Message text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/sms.py" line="74" />
            <source>Text message from {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/sms.py" line="83" />
            <source>Segment {0} of {1}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../previews/sms.py" line="107" />
            <source>%n segment(s)</source>
            <translation>
                <numerusform>%n segment</numerusform>
                <numerusform>%n segments</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../previews/sms.py" line="108" />
            <source>%n character(s)</source>
            <translation>
                <numerusform>%n character</numerusform>
                <numerusform>%n characters</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../previews/sms.py" line="109" />
            <source>{0} left in this segment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/sms.py" line="114" />
            <source>Not in the GSM-7 alphabet: {0}. That makes the whole message UCS-2: {1} characters a segment instead of {2} ({3} instead of {4} for a single message).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/sms.py" line="119" />
            <source>GSM-7: {0} characters in a single message, {1} a segment when longer; {2} count twice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/sms.py" line="122" />
            <source>Every other segment is tinted in the bubble.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../previews/sms.py" line="124" />
            <source>Over the brand's limit of %n segment(s).</source>
            <translation>
                <numerusform>Over the brand's limit of %n segment.</numerusform>
                <numerusform>Over the brand's limit of %n segments.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StaffTab</name>
        <message>
            <location filename="../previews/staff.py" line="19" />
            <source>Brief title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/staff.py" line="24" />
            <source>Staff brief</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/staff.py" line="36" />
            <source>{0} lines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/staff.py" line="36" />
            <source>One page (PDF) at export</source>
            <translation type="unfinished" />
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
        <name>TranslationsDialog</name>
        <message>
            <location filename="../translations.py" line="49" />
            <location filename="../translations.py" line="258" />
            <source>Translations</source>
            <extracomment>a state's background in the table (light tints, readable in both themes' text colours)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../translations.py" line="55" />
            <source>&amp;Locale:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../translations.py" line="65" />
            <source>Field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../translations.py" line="65" />
            <source>State</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../translations.py" line="73" />
            <source>Translated fields</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../translations.py" line="92" />
            <source>Copy from &amp;primary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../translations.py" line="93" />
            <source>Copy all &amp;missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../translations.py" line="94" />
            <source>&amp;Export XLIFF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../translations.py" line="95" />
            <source>&amp;Import XLIFF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../translations.py" line="143" />
            <source>Up to date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../translations.py" line="144" />
            <source>Outdated: the primary text changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../translations.py" line="145" />
            <source>Missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../translations.py" line="159" />
            <source>This campaign has one locale: nothing to translate.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../translations.py" line="161" />
            <source>The campaign has problems to fix before its translations can be shown.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../translations.py" line="180" />
            <source>{0} up to date · {1} outdated · {2} missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../translations.py" line="197" />
            <source>Primary ({0})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../translations.py" line="198" />
            <source>&amp;Translation ({0})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../translations.py" line="238" />
            <source>Copy from primary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../translations.py" line="254" />
            <source>Copy missing translations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../translations.py" line="269" />
            <source>Folder for the XLIFF file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../translations.py" line="276" />
            <source>Cannot write {0}: {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../translations.py" line="278" />
            <source>Written: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../translations.py" line="291" />
            <source>XLIFF files from the translators</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../translations.py" line="291" />
            <source>XLIFF (*.xlf *.xliff)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../translations.py" line="299" />
            <source>Nothing was imported:
{0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../translations.py" line="302" />
            <source>Nothing was imported: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../translations.py" line="304" />
            <source>Import translations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../translations.py" line="305" />
            <source>{0} fields imported</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WebTab</name>
        <message>
            <location filename="../previews/web.py" line="17" />
            <source>Headline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/web.py" line="21" />
            <source>Landing block</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/web.py" line="34" />
            <source>Banners: {0}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WhatsAppTab</name>
        <message>
            <location filename="../previews/whatsapp.py" line="120" />
            <source>Message bubble</source>
            <extracomment>WhatsApp's markers: one opens before a non-space (not inside a word) and closes after one.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/whatsapp.py" line="123" />
            <source>Header</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/whatsapp.py" line="125" />
            <source>Message as WhatsApp shows it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/whatsapp.py" line="139" />
            <source>As written (formatting marks and variables):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/whatsapp.py" line="140" />
            <source>Message text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/whatsapp.py" line="128" />
            <source>Footer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/whatsapp.py" line="171" />
            <location filename="../previews/whatsapp.py" line="175" />
            <source>Laura</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/whatsapp.py" line="173" />
            <source>{{1}}: the customer's first name. WhatsApp fills it in for each customer when the message is sent; “{0}” is a sample.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/whatsapp.py" line="204" />
            <source>Image: the campaign's hero image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/whatsapp.py" line="223" />
            <source>Button: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/whatsapp.py" line="231" />
            <source>header</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/whatsapp.py" line="232" />
            <source>body</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/whatsapp.py" line="233" />
            <source>footer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../previews/whatsapp.py" line="237" />
            <source>{0}: {1} / {2}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../previews/whatsapp.py" line="240" />
            <source>%n button(s)</source>
            <translation>
                <numerusform>%n button</numerusform>
                <numerusform>%n buttons</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WindowActions</name>
        <message>
            <location filename="../window/actions.py" line="46" />
            <source>&amp;New campaign…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../window/actions.py" line="50" />
            <source>Create a campaign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../window/actions.py" line="53" />
            <source>&amp;Open workspace…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../window/actions.py" line="55" />
            <source>&amp;Save now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../window/actions.py" line="57" />
            <source>&amp;Export…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../window/actions.py" line="61" />
            <source>Export channel-ready files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../window/actions.py" line="64" />
            <source>Export &amp;approved campaigns…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../window/actions.py" line="66" />
            <source>&amp;Preferences…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../window/actions.py" line="69" />
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../window/actions.py" line="70" />
            <location filename="../window/actions.py" line="109" />
            <location filename="../window/actions.py" line="111" />
            <source>&amp;Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../window/actions.py" line="73" />
            <location filename="../window/actions.py" line="110" />
            <location filename="../window/actions.py" line="112" />
            <source>&amp;Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../window/actions.py" line="78" />
            <source>&amp;Find campaign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../window/actions.py" line="80" />
            <source>Apply all &amp;safe fixes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../window/actions.py" line="82" />
            <source>&amp;Next problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../window/actions.py" line="84" />
            <source>Pre&amp;vious problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../window/actions.py" line="86" />
            <source>&amp;Reload</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../window/actions.py" line="87" />
            <source>Brand &amp;rules…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../window/actions.py" line="88" />
            <source>Reload brand &amp;kit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../window/actions.py" line="89" />
            <source>&amp;About Campaign Studio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../window/actions.py" line="91" />
            <source>&amp;Problems panel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../window/actions.py" line="116" />
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../window/actions.py" line="119" />
            <source>Open &amp;recent workspace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../window/actions.py" line="129" />
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../window/actions.py" line="135" />
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../window/actions.py" line="141" />
            <source>&amp;Review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../window/actions.py" line="142" />
            <source>Brand &amp;kit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../window/actions.py" line="145" />
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../window/actions.py" line="150" />
            <source>Main</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../window/actions.py" line="168" />
            <source>Campaign Studio {0}

Author one campaign, publish it everywhere, and make sure every channel tells the same story.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../window/actions.py" line="171" />
            <source>About Campaign Studio</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WindowBase</name>
        <message>
            <location filename="../window/base.py" line="152" />
            <source>The history and the audit log record your work under this name</source>
            <extracomment>the campaign list is in place (search, filters, scrolling work; the editor may still load) the workspace is attached: list, editor and panels are in place (the last campaign opens next) a campaign is open in the editor, its document in :attr:`doc` (opening reads it off the GUI thread: :attr:`opening` names it meanwhile) the campaign being read to be opened (no document yet: the editor says so), else None</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WindowCommands</name>
        <message>
            <location filename="../window_commands.py" line="29" />
            <source>Next p&amp;ane</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../window_commands.py" line="30" />
            <source>Previous pan&amp;e</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../window_commands.py" line="32" />
            <source>Email at &amp;desktop width</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../window_commands.py" line="35" />
            <source>Email at &amp;mobile width</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../window_commands.py" line="37" />
            <source>Nex&amp;t preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../window_commands.py" line="39" />
            <source>Prev&amp;ious preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../window_commands.py" line="42" />
            <source>&amp;Submit for review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../window_commands.py" line="44" />
            <source>&amp;Approve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../window_commands.py" line="46" />
            <source>Request &amp;changes…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../window_commands.py" line="48" />
            <source>&amp;Open full report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../window_commands.py" line="49" />
            <source>&amp;Translations…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../window_commands.py" line="50" />
            <source>Compare &amp;revisions…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../window_commands.py" line="51" />
            <source>Apply the selected fi&amp;x</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../window_commands.py" line="53" />
            <source>&amp;Waive the selected problem…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../window_commands.py" line="56" />
            <source>Edit the &amp;text of the selected problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../window_commands.py" line="58" />
            <source>&amp;Keyboard shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../window_commands.py" line="177" />
            <source>This campaign has no email.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../window_commands.py" line="242" />
            <source>Select a problem first (F8 selects the next).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WorkspaceController</name>
        <message>
            <location filename="../window/workspace.py" line="54" />
            <source>Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../window/workspace.py" line="54" />
            <source>No campaign is approved yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../window/workspace.py" line="66" />
            <source>Brand rules — {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../window/workspace.py" line="86" />
            <source>Brand kit reloaded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../window/workspace.py" line="97" />
            <source>Open a brand workspace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../window/workspace.py" line="108" />
            <source>This folder is not a brand workspace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../window/workspace.py" line="116" />
            <source>No other workspaces yet</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>_HtmlHost</name>
        <message>
            <location filename="../previews/email.py" line="75" />
            <source>Email as customers see it</source>
            <extracomment>Width of the email in each view mode, in CSS pixels. none: the HTML follows each check at once (the check already waits for a pause in typing, and a newer request cancels a render still waiting); the preview shows ≤ 300 ms after the last key</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
</TS>