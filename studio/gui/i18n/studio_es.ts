<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>CampaignTable</name>
    <message>
        <location filename="../campaign_model.py" line="101"/>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <location filename="../campaign_model.py" line="102"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../campaign_model.py" line="103"/>
        <source>Locales</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location filename="../campaign_model.py" line="104"/>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <location filename="../campaign_model.py" line="105"/>
        <source>Runs</source>
        <translation>Vigencia</translation>
    </message>
    <message>
        <location filename="../campaign_model.py" line="106"/>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="53"/>
        <source>Campaign Studio — {0}</source>
        <translation>Campaign Studio — {0}</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="57"/>
        <source>Search campaigns…</source>
        <translation>Buscar campañas…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="59"/>
        <source>Search campaigns</source>
        <translation>Buscar campañas</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="61"/>
        <source>Filter by status</source>
        <translation>Filtrar por estado</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="62"/>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="66"/>
        <source>Filter by locale</source>
        <translation>Filtrar por idioma</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="70"/>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="84"/>
        <source>Campaign details</source>
        <translation>Detalles de la campaña</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="128"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="129"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="133"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="134"/>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="138"/>
        <source>&amp;Find campaign</source>
        <translation>&amp;Buscar campaña</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="142"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="143"/>
        <source>&amp;About Campaign Studio</source>
        <translation>&amp;Acerca de Campaign Studio</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="152"/>
        <source>About Campaign Studio</source>
        <translation>Acerca de Campaign Studio</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="194"/>
        <source>Select a campaign to see it here.</source>
        <translation>Selecciona una campaña para verla aquí.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="248"/>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="249"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="149"/>
        <source>Campaign Studio {0}

Author one campaign, publish it everywhere, and make sure every channel tells the same story.</source>
        <translation>Campaign Studio {0}

Escribe una campaña, publícala en todos los canales y asegúrate de que todos cuentan la misma historia.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="160"/>
        <source>All locales</source>
        <translation>Todos los idiomas</translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window.py" line="182"/>
        <source>%n campaign(s)</source>
        <translation>
            <numerusform>%n campaña</numerusform>
            <numerusform>%n campañas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../main_window.py" line="218"/>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="220"/>
        <source>Discount</source>
        <translation>Descuento</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="222"/>
        <source>Promo code</source>
        <translation>Código promocional</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="227"/>
        <source>Runs</source>
        <translation>Vigencia</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="228"/>
        <source>stores</source>
        <translation>tiendas</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="228"/>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="228"/>
        <source>app</source>
        <translation>app</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="229"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="230"/>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="233"/>
        <source>Call to action</source>
        <translation>Llamada a la acción</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../campaign_model.py" line="30"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location filename="../campaign_model.py" line="31"/>
        <source>In review</source>
        <translation>En revisión</translation>
    </message>
    <message>
        <location filename="../campaign_model.py" line="32"/>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <location filename="../campaign_model.py" line="33"/>
        <source>Exported</source>
        <translation>Exportada</translation>
    </message>
</context>
</TS>
