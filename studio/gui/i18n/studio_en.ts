<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
    <context>
        <name>CampaignTable</name>
        <message>
            <location filename="../campaign_model.py" line="101" />
            <source>Campaign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../campaign_model.py" line="102" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../campaign_model.py" line="103" />
            <source>Locales</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../campaign_model.py" line="104" />
            <source>Channels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../campaign_model.py" line="105" />
            <source>Runs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../campaign_model.py" line="106" />
            <source>Last change</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../main_window.py" line="53" />
            <source>Campaign Studio — {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="57" />
            <source>Search campaigns…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="59" />
            <source>Search campaigns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="61" />
            <source>Filter by status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="62" />
            <source>All statuses</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="66" />
            <source>Filter by locale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="70" />
            <source>Campaigns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="84" />
            <source>Campaign details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="128" />
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="129" />
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="133" />
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="134" />
            <source>&amp;Reload</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="138" />
            <source>&amp;Find campaign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="142" />
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="143" />
            <source>&amp;About Campaign Studio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="152" />
            <source>About Campaign Studio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="194" />
            <source>Select a campaign to see it here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="248" />
            <source>Messages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="249" />
            <source>History</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="149" />
            <source>Campaign Studio {0}

Author one campaign, publish it everywhere, and make sure every channel tells the same story.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="160" />
            <source>All locales</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../main_window.py" line="182" />
            <source>%n campaign(s)</source>
            <translation>
                <numerusform>%n campaign</numerusform>
                <numerusform>%n campaigns</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../main_window.py" line="218" />
            <source>Price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="220" />
            <source>Discount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="222" />
            <source>Promo code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="227" />
            <source>Runs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="228" />
            <source>stores</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="228" />
            <source>online</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="228" />
            <source>app</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="229" />
            <source>Where</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="230" />
            <source>Channels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../main_window.py" line="233" />
            <source>Call to action</source>
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
</TS>