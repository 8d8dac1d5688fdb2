<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_ES">
    <context>
        <name>AmountField</name>
        <message>
            <location filename="../entry_fields.py" line="331" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location filename="../entry_fields.py" line="336" />
            <source>“%1” can be read two ways. Which one do you mean?</source>
            <translation>«%1» se puede leer de dos maneras. ¿Cuál quieres decir?</translation>
        </message>
        <message>
            <location filename="../entry_fields.py" line="345" />
            <source>The campaign's prices are in %1, not %2: change the currency to use %2.</source>
            <translation>Los precios de la campaña están en %1, no en %2: cambia la moneda para usar %2.</translation>
        </message>
        <message>
            <location filename="../entry_fields.py" line="348" />
            <source>Thousands are grouped in threes (1.234.567 or 1,234,567): check the digits.</source>
            <translation>Los miles se agrupan de tres en tres (1.234.567 o 1,234,567): revisa las cifras.</translation>
        </message>
        <message>
            <location filename="../entry_fields.py" line="351" />
            <source>“%1” is not part of an amount: type digits, one decimal mark, the currency.</source>
            <translation>«%1» no forma parte de un importe: escribe cifras, una marca decimal y la moneda.</translation>
        </message>
        <message>
            <location filename="../entry_fields.py" line="353" />
            <source>This is not an amount: type digits and one decimal mark, e.g. %1.</source>
            <translation>Esto no es un importe: escribe cifras y una marca decimal, p. ej. %1.</translation>
        </message>
    </context>
    <context>
        <name>AssetPickerDialog</name>
        <message>
            <location filename="../editor/widgets.py" line="290" />
            <location filename="../editor/widgets.py" line="291" />
            <source>Choose the hero image</source>
            <translation>Elige la imagen principal</translation>
        </message>
        <message>
            <location filename="../editor/widgets.py" line="294" />
            <source>Workspace images</source>
            <translation>Imágenes del espacio de trabajo</translation>
        </message>
        <message>
            <location filename="../editor/widgets.py" line="316" />
            <source>There are no images in the workspace's assets/images folder.</source>
            <translation>No hay imágenes en la carpeta assets/images del espacio de trabajo.</translation>
        </message>
    </context>
    <context>
        <name>CampaignEditor</name>
        <message>
            <location filename="../editor/campaign_editor.py" line="70" />
            <source>Campaign editor</source>
            <translation>Editor de campañas</translation>
        </message>
        <message>
            <location filename="../editor/campaign_editor.py" line="89" />
            <location filename="../editor/campaign_editor.py" line="162" />
            <source>Select or create a campaign</source>
            <extracomment>the campaign shown last (kept while the editor is empty between two campaigns)</extracomment>
            <translation>Selecciona o crea una campaña</translation>
        </message>
        <message>
            <location filename="../editor/campaign_editor.py" line="91" />
            <location filename="../editor/campaign_editor.py" line="163" />
            <source>No campaign open</source>
            <translation>No hay ninguna campaña abierta</translation>
        </message>
        <message>
            <location filename="../editor/campaign_editor.py" line="100" />
            <source>Campaign fact sheet</source>
            <translation>Ficha de la campaña</translation>
        </message>
        <message>
            <location filename="../editor/campaign_editor.py" line="110" />
            <source>Problems with the campaign</source>
            <translation>Problemas de la campaña</translation>
        </message>
        <message>
            <location filename="../editor/campaign_editor.py" line="165" />
            <source>Opening “{0}”…</source>
            <translation>Abriendo «{0}»…</translation>
        </message>
        <message>
            <location filename="../editor/campaign_editor.py" line="166" />
            <source>Opening a campaign</source>
            <translation>Abriendo una campaña</translation>
        </message>
    </context>
    <context>
        <name>CampaignTable</name>
        <message>
            <location filename="../campaign_model.py" line="138" />
            <source>Campaign</source>
            <translation>Campaña</translation>
        </message>
        <message>
            <location filename="../campaign_model.py" line="139" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../campaign_model.py" line="140" />
            <source>Locales</source>
            <translation>Idiomas</translation>
        </message>
        <message>
            <location filename="../campaign_model.py" line="141" />
            <source>Channels</source>
            <translation>Canales</translation>
        </message>
        <message>
            <location filename="../campaign_model.py" line="142" />
            <source>Runs</source>
            <translation>Vigencia</translation>
        </message>
        <message>
            <location filename="../campaign_model.py" line="144" />
            <source>Changed</source>
            <translation>Cambio</translation>
        </message>
        <message>
            <location filename="../campaign_model.py" line="134" />
            <source>Last change</source>
            <translation>Último cambio</translation>
        </message>
    </context>
    <context>
        <name>Channel</name>
        <message>
            <location filename="../dialogs.py" line="44" />
            <source>Email</source>
            <extracomment>Locales offered for a new campaign, Spanish first.</extracomment>
            <translation>Email</translation>
        </message>
        <message>
            <location filename="../dialogs.py" line="45" />
            <source>SMS</source>
            <translation>SMS</translation>
        </message>
        <message>
            <location filename="../dialogs.py" line="46" />
            <source>X</source>
            <translation>X</translation>
        </message>
        <message>
            <location filename="../dialogs.py" line="47" />
            <source>Instagram</source>
            <translation>Instagram</translation>
        </message>
        <message>
            <location filename="../dialogs.py" line="48" />
            <source>Facebook</source>
            <translation>Facebook</translation>
        </message>
        <message>
            <location filename="../dialogs.py" line="49" />
            <source>LinkedIn</source>
            <translation>LinkedIn</translation>
        </message>
        <message>
            <location filename="../dialogs.py" line="50" />
            <source>Signage</source>
            <translation>Cartelería</translation>
        </message>
        <message>
            <location filename="../dialogs.py" line="51" />
            <source>WhatsApp</source>
            <translation>WhatsApp</translation>
        </message>
        <message>
            <location filename="../dialogs.py" line="52" />
            <source>Push notification</source>
            <translation>Notificación push</translation>
        </message>
        <message>
            <location filename="../dialogs.py" line="53" />
            <source>Staff brief</source>
            <translation>Ficha del personal</translation>
        </message>
        <message>
            <location filename="../dialogs.py" line="54" />
            <source>Web</source>
            <translation>Web</translation>
        </message>
    </context>
    <context>
        <name>ChannelTab</name>
        <message>
            <location filename="../previews/base.py" line="62" />
            <source>{0} preview</source>
            <extracomment>the latest check's variants by (channel id, locale): a tab takes them, never renders them again Debounce of the heavy work (HTML, poster); 0 for none.</extracomment>
            <translation>Vista previa de {0}</translation>
        </message>
        <message>
            <location filename="../previews/base.py" line="64" />
            <source>Edited by hand</source>
            <translation>Editado a mano</translation>
        </message>
        <message>
            <location filename="../previews/base.py" line="65" />
            <source>This text was written by hand: it no longer follows the template</source>
            <translation>Este texto se escribió a mano: ya no sigue la plantilla</translation>
        </message>
        <message>
            <location filename="../previews/base.py" line="68" />
            <source>Edit text</source>
            <translation>Editar texto</translation>
        </message>
        <message>
            <location filename="../previews/base.py" line="71" />
            <source>Edit the {0} text by hand</source>
            <translation>Editar a mano el texto de {0}</translation>
        </message>
        <message>
            <location filename="../previews/base.py" line="73" />
            <source>Write this channel's text yourself instead of the template's</source>
            <translation>Escribe tú el texto de este canal en lugar del de la plantilla</translation>
        </message>
        <message>
            <location filename="../previews/base.py" line="90" />
            <source>Preview problem</source>
            <translation>Problema de la vista previa</translation>
        </message>
        <message>
            <location filename="../previews/base.py" line="98" />
            <source>{0} counters</source>
            <translation>Contadores de {0}</translation>
        </message>
    </context>
    <context>
        <name>ConflictBox</name>
        <message>
            <location filename="../dialogs.py" line="205" />
            <source>Someone else changed this campaign</source>
            <translation>Otra persona ha cambiado esta campaña</translation>
        </message>
        <message>
            <location filename="../dialogs.py" line="208" />
            <source>{2} saved “{0}” while you were editing (now revision {1}).</source>
            <translation>{2} guardó «{0}» mientras la editabas (ahora es la revisión {1}).</translation>
        </message>
        <message>
            <location filename="../dialogs.py" line="213" />
            <source>“{0}” was saved by someone else while you were editing (now revision {1}).</source>
            <translation>Otra persona guardó «{0}» mientras la editabas (ahora es la revisión {1}).</translation>
        </message>
        <message>
            <location filename="../dialogs.py" line="218" />
            <source>Nothing has been overwritten. Reload their version (your edits are dropped), or keep yours as a new revision on top of theirs (theirs stays in the history).</source>
            <translation>No se ha sobrescrito nada. Recarga su versión (se descartan tus cambios) o conserva la tuya como una revisión nueva encima de la suya (la suya queda en el historial).</translation>
        </message>
        <message>
            <location filename="../dialogs.py" line="222" />
            <source>Reload theirs</source>
            <translation>Recargar la suya</translation>
        </message>
        <message>
            <location filename="../dialogs.py" line="224" />
            <source>Keep mine as a new revision</source>
            <translation>Conservar la mía como revisión nueva</translation>
        </message>
        <message>
            <location filename="../dialogs.py" line="226" />
            <source>Decide later</source>
            <translation>Decidir más tarde</translation>
        </message>
    </context>
    <context>
        <name>Counter</name>
        <message numerus="yes">
            <location filename="../editor/widgets.py" line="277" />
            <source>%n of %1 characters</source>
            <extracomment>Locales offered when adding one (besides the campaign's own).</extracomment>
            <translation>
                <numerusform>%n de %1 caracteres</numerusform>
                <numerusform>%n de %1 caracteres</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DateTimeField</name>
        <message>
            <location filename="../entry_fields.py" line="389" />
            <source>Choose the day on a calendar (F4)</source>
            <translation>Elegir el día en un calendario (F4)</translation>
        </message>
        <message>
            <location filename="../entry_fields.py" line="390" />
            <source>Choose the day on a calendar</source>
            <translation>Elegir el día en un calendario</translation>
        </message>
        <message>
            <location filename="../entry_fields.py" line="440" />
            <source>The offer needs this date: type one, e.g. %1.</source>
            <translation>La oferta necesita esta fecha: escribe una, p. ej. %1.</translation>
        </message>
        <message>
            <location filename="../entry_fields.py" line="470" />
            <source>%1 has %2 days: there is no day %3.</source>
            <translation>%1 tiene %2 días: no hay día %3.</translation>
        </message>
        <message>
            <location filename="../entry_fields.py" line="476" />
            <source>There is no month %1: months go from 1 to 12.</source>
            <translation>No hay mes %1: los meses van del 1 al 12.</translation>
        </message>
        <message>
            <location filename="../entry_fields.py" line="478" />
            <source>Type the day too, e.g. %1.</source>
            <translation>Escribe también el día, p. ej. %1.</translation>
        </message>
        <message>
            <location filename="../entry_fields.py" line="480" />
            <source>“%1” is not a year: type it with 4 digits (or 2).</source>
            <translation>«%1» no es un año: escríbelo con 4 cifras (o 2).</translation>
        </message>
        <message>
            <location filename="../entry_fields.py" line="482" />
            <source>“%1” is not a time of day: type e.g. 7:00, 19:30 or 7 pm.</source>
            <translation>«%1» no es una hora: escribe p. ej. 7:00, 19:30 o 7 pm.</translation>
        </message>
        <message>
            <location filename="../entry_fields.py" line="488" />
            <source>%1 is a %2: check the day or the weekday.</source>
            <translation>El %1 es %2: revisa el día o el día de la semana.</translation>
        </message>
        <message>
            <location filename="../entry_fields.py" line="494" />
            <source>%1 does not exist that day in %2: the clocks go forward then.</source>
            <translation>Las %1 no existen ese día en %2: los relojes se adelantan a esa hora.</translation>
        </message>
        <message>
            <location filename="../entry_fields.py" line="499" />
            <source>“%1” is not a date: type e.g. %2.</source>
            <translation>«%1» no es una fecha: escribe p. ej. %2.</translation>
        </message>
        <message>
            <location filename="../entry_fields.py" line="522" />
            <source>ends before it starts</source>
            <translation>termina antes de empezar</translation>
        </message>
        <message numerus="yes">
            <location filename="../entry_fields.py" line="526" />
            <source>lasts %n day(s)</source>
            <translation>
                <numerusform>dura %n día</numerusform>
                <numerusform>dura %n días</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../entry_fields.py" line="529" />
            <source>longer than the brand's %n day(s)</source>
            <translation>
                <numerusform>más del %n día que admite la marca</numerusform>
                <numerusform>más de los %n días que admite la marca</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../entry_fields.py" line="539" />
            <source>starts today</source>
            <translation>empieza hoy</translation>
        </message>
        <message>
            <location filename="../entry_fields.py" line="541" />
            <source>starts tomorrow</source>
            <translation>empieza mañana</translation>
        </message>
        <message numerus="yes">
            <location filename="../entry_fields.py" line="543" />
            <source>starts in %n day(s)</source>
            <translation>
                <numerusform>empieza dentro de %n día</numerusform>
                <numerusform>empieza dentro de %n días</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../entry_fields.py" line="545" />
            <source>started yesterday</source>
            <translation>empezó ayer</translation>
        </message>
        <message numerus="yes">
            <location filename="../entry_fields.py" line="546" />
            <source>started %n day(s) ago</source>
            <translation>
                <numerusform>empezó hace %n día</numerusform>
                <numerusform>empezó hace %n días</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../entry_fields.py" line="548" />
            <source>ends today</source>
            <translation>termina hoy</translation>
        </message>
        <message>
            <location filename="../entry_fields.py" line="550" />
            <source>ends tomorrow</source>
            <translation>termina mañana</translation>
        </message>
        <message numerus="yes">
            <location filename="../entry_fields.py" line="552" />
            <source>ends in %n day(s)</source>
            <translation>
                <numerusform>termina dentro de %n día</numerusform>
                <numerusform>termina dentro de %n días</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../entry_fields.py" line="554" />
            <source>ended yesterday</source>
            <translation>terminó ayer</translation>
        </message>
        <message numerus="yes">
            <location filename="../entry_fields.py" line="555" />
            <source>ended %n day(s) ago</source>
            <translation>
                <numerusform>terminó hace %n día</numerusform>
                <numerusform>terminó hace %n días</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../entry_fields.py" line="574" />
            <source>Calendar</source>
            <translation>Calendario</translation>
        </message>
    </context>
    <context>
        <name>DocumentController</name>
        <message>
            <location filename="../window/documents.py" line="48" />
            <location filename="../window/documents.py" line="299" />
            <source>The campaign cannot be opened</source>
            <translation>No se puede abrir la campaña</translation>
        </message>
        <message>
            <location filename="../window/documents.py" line="78" />
            <location filename="../window/documents.py" line="219" />
            <source>Not saved: {0}</source>
            <extracomment>the brand kit's rules no waiver may cover, as the last check read them (None: read here)</extracomment>
            <translation>Sin guardar: {0}</translation>
        </message>
        <message>
            <location filename="../window/documents.py" line="91" />
            <source>Your changes to “{0}” are back: it is saved once they are valid.</source>
            <translation>Tus cambios en «{0}» han vuelto: se guarda en cuanto sean válidos.</translation>
        </message>
        <message>
            <location filename="../window/documents.py" line="97" />
            <source>Recovered unsaved changes</source>
            <translation>Cambios sin guardar recuperados</translation>
        </message>
        <message>
            <location filename="../window/documents.py" line="100" />
            <source>Unsaved changes from your last session were recovered; they are saved as you go on.</source>
            <translation>Se han recuperado cambios sin guardar de tu última sesión; se guardan a medida que sigues.</translation>
        </message>
        <message>
            <location filename="../window/documents.py" line="105" />
            <source>Saved</source>
            <translation>Guardado</translation>
        </message>
        <message>
            <location filename="../window/documents.py" line="144" />
            <source>The campaign you left was not saved: its changes are kept as a draft</source>
            <translation>La campaña que has dejado no se ha guardado: sus cambios se conservan como borrador</translation>
        </message>
        <message>
            <location filename="../window/documents.py" line="167" />
            <source>“{0}” is not saved yet ({1}): your changes are kept and come back when you open it again.</source>
            <extracomment>campaigns left in this session with changes not valid yet: their drafts come back as they were</extracomment>
            <translation>«{0}» aún no está guardada ({1}): tus cambios se conservan y vuelven cuando la abras de nuevo.</translation>
        </message>
        <message>
            <location filename="../window/documents.py" line="222" />
            <source>The campaign cannot be checked: {0}</source>
            <translation>No se puede revisar la campaña: {0}</translation>
        </message>
        <message>
            <location filename="../window/documents.py" line="223" />
            <source>The brand kit has a problem</source>
            <translation>El kit de marca tiene un problema</translation>
        </message>
        <message>
            <location filename="../window/documents.py" line="228" />
            <source>Saved · revision {0}</source>
            <translation>Guardado · revisión {0}</translation>
        </message>
        <message>
            <location filename="../window/documents.py" line="241" />
            <source>Editing…</source>
            <translation>Editando…</translation>
        </message>
        <message>
            <location filename="../window/documents.py" line="249" />
            <source>Not saved: someone else changed this campaign</source>
            <translation>Sin guardar: otra persona ha cambiado esta campaña</translation>
        </message>
        <message>
            <location filename="../window/documents.py" line="308" />
            <source>Edit {0}</source>
            <translation>Editar {0}</translation>
        </message>
        <message>
            <location filename="../window/documents.py" line="328" />
            <source>Reset {0} to the template</source>
            <translation>Volver {0} al texto de la plantilla</translation>
        </message>
        <message numerus="yes">
            <location filename="../window/documents.py" line="362" />
            <source>Apply %n fix(es)</source>
            <translation>
                <numerusform>Aplicar %n corrección</numerusform>
                <numerusform>Aplicar %n correcciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../window/documents.py" line="365" />
            <source>Applied %n fix(es).</source>
            <translation>
                <numerusform>Se ha aplicado %n corrección.</numerusform>
                <numerusform>Se han aplicado %n correcciones.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../window/documents.py" line="368" />
            <source>%n fix(es) could not be applied: the words come from a template, not from the campaign.</source>
            <translation>
                <numerusform>%n corrección no se pudo aplicar: el texto viene de una plantilla, no de la campaña.</numerusform>
                <numerusform>%n correcciones no se pudieron aplicar: el texto viene de una plantilla, no de la campaña.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../window/documents.py" line="404" />
            <source>Waived: {0}</source>
            <translation>Dispensado: {0}</translation>
        </message>
        <message>
            <location filename="../window/documents.py" line="406" />
            <source>The finding cannot be waived</source>
            <translation>No se puede dispensar el hallazgo</translation>
        </message>
        <message numerus="yes">
            <location filename="../window/documents.py" line="426" />
            <source>Waived: %n finding(s)</source>
            <translation>
                <numerusform>Dispensado: %n hallazgo</numerusform>
                <numerusform>Dispensados: %n hallazgos</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../window/documents.py" line="428" />
            <source>The findings cannot be waived</source>
            <translation>No se pueden dispensar los hallazgos</translation>
        </message>
        <message>
            <location filename="../window/documents.py" line="445" />
            <source>The waiver cannot be withdrawn</source>
            <translation>No se puede retirar la dispensa</translation>
        </message>
        <message numerus="yes">
            <location filename="../window/documents.py" line="460" />
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n error</numerusform>
                <numerusform>%n errores</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../window/documents.py" line="461" />
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n aviso</numerusform>
                <numerusform>%n avisos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../window/documents.py" line="462" />
            <source>%n suggestion(s)</source>
            <translation>
                <numerusform>%n sugerencia</numerusform>
                <numerusform>%n sugerencias</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../window/documents.py" line="524" />
            <source>The campaign cannot be created</source>
            <translation>No se puede crear la campaña</translation>
        </message>
        <message>
            <location filename="../window/documents.py" line="531" />
            <source>Saved.</source>
            <translation>Guardado.</translation>
        </message>
    </context>
    <context>
        <name>EditorLocaleTabs</name>
        <message>
            <location filename="../editor/locale_tabs.py" line="141" />
            <source>Texts per locale</source>
            <translation>Textos por idioma</translation>
        </message>
        <message>
            <location filename="../editor/locale_tabs.py" line="143" />
            <source>Locales</source>
            <translation>Idiomas</translation>
        </message>
        <message>
            <location filename="../editor/locale_tabs.py" line="151" />
            <source>+ Locale</source>
            <translation>+ Idioma</translation>
        </message>
        <message>
            <location filename="../editor/locale_tabs.py" line="154" />
            <location filename="../editor/locale_tabs.py" line="155" />
            <source>Add a locale</source>
            <translation>Añadir un idioma</translation>
        </message>
        <message>
            <location filename="../editor/locale_tabs.py" line="210" />
            <source>Remove this locale</source>
            <translation>Quitar este idioma</translation>
        </message>
        <message>
            <location filename="../editor/locale_tabs.py" line="211" />
            <location filename="../editor/locale_tabs.py" line="287" />
            <source>Remove %1</source>
            <translation>Quitar %1</translation>
        </message>
        <message>
            <location filename="../editor/locale_tabs.py" line="265" />
            <source>Add %1</source>
            <translation>Añadir %1</translation>
        </message>
    </context>
    <context>
        <name>EditorSections</name>
        <message>
            <location filename="../editor/sections.py" line="86" />
            <source>Campaign</source>
            <translation>Campaña</translation>
        </message>
        <message>
            <location filename="../editor/sections.py" line="87" />
            <source>&amp;Name</source>
            <translation>&amp;Nombre</translation>
        </message>
        <message>
            <location filename="../editor/sections.py" line="89" />
            <source>Ob&amp;jective</source>
            <translation>Ob&amp;jetivo</translation>
        </message>
        <message>
            <location filename="../editor/sections.py" line="97" />
            <source>Brand</source>
            <translation>Marca</translation>
        </message>
        <message>
            <location filename="../editor/sections.py" line="100" />
            <source>The status changes only through review.</source>
            <translation>El estado solo cambia mediante la revisión.</translation>
        </message>
        <message>
            <location filename="../editor/sections.py" line="101" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../editor/sections.py" line="112" />
            <source>Time &amp;zone</source>
            <translation>&amp;Zona horaria</translation>
        </message>
        <message>
            <location filename="../editor/sections.py" line="121" />
            <source>Primary &amp;locale</source>
            <translation>Idioma principal</translation>
        </message>
        <message>
            <location filename="../editor/sections.py" line="130" />
            <source>Offer</source>
            <translation>Oferta</translation>
        </message>
        <message>
            <location filename="../editor/sections.py" line="135" />
            <source>&amp;Price</source>
            <translation>&amp;Precio</translation>
        </message>
        <message>
            <location filename="../editor/sections.py" line="137" />
            <source>Price &amp;before</source>
            <translation>Prec&amp;io anterior</translation>
        </message>
        <message>
            <location filename="../editor/sections.py" line="143" />
            <source>Currenc&amp;y</source>
            <translation>&amp;Moneda</translation>
        </message>
        <message>
            <location filename="../editor/sections.py" line="149" />
            <source>Discoun&amp;t (%)</source>
            <translation>De&amp;scuento (%)</translation>
        </message>
        <message>
            <location filename="../editor/sections.py" line="154" />
            <source>Pro&amp;mo code</source>
            <translation>&amp;Código promocional</translation>
        </message>
        <message>
            <location filename="../editor/sections.py" line="160" />
            <source>e.g. BF26</source>
            <translation>p. ej., BF26</translation>
        </message>
        <message>
            <location filename="../editor/sections.py" line="163" />
            <source>Lowest price, last &amp;30 days</source>
            <translation>Precio más bajo en &amp;30 días</translation>
        </message>
        <message>
            <location filename="../editor/sections.py" line="167" />
            <source>The lowest price charged in the 30 days before the offer. In Spain (EU Omnibus directive) the price shown as 'before' must be this one.</source>
            <translation>El precio más bajo cobrado en los 30 días anteriores a la oferta. En España (directiva europea Omnibus) el precio que se muestra como «antes» tiene que ser este.</translation>
        </message>
        <message>
            <location filename="../editor/sections.py" line="171" />
            <source>Val&amp;id from</source>
            <translation>Válida &amp;desde</translation>
        </message>
        <message>
            <location filename="../editor/sections.py" line="173" />
            <source>Valid &amp;until</source>
            <translation>Válida &amp;hasta</translation>
        </message>
        <message>
            <location filename="../editor/sections.py" line="189" />
            <source>In stores</source>
            <translation>En tiendas</translation>
        </message>
        <message>
            <location filename="../editor/sections.py" line="190" />
            <source>Online</source>
            <translation>En línea</translation>
        </message>
        <message>
            <location filename="../editor/sections.py" line="191" />
            <source>In the app</source>
            <translation>En la app</translation>
        </message>
        <message>
            <location filename="../editor/sections.py" line="194" />
            <source>Where it can be redeemed</source>
            <translation>Dónde se canjea</translation>
        </message>
        <message>
            <location filename="../editor/sections.py" line="200" />
            <source>Call to action</source>
            <translation>Llamada a la acción</translation>
        </message>
        <message>
            <location filename="../editor/sections.py" line="204" />
            <source>Landin&amp;g page URL</source>
            <translation>URL de la pá&amp;gina de destino</translation>
        </message>
        <message>
            <location filename="../editor/sections.py" line="214" />
            <source>Hashtags</source>
            <translation>Hashtags</translation>
        </message>
        <message>
            <location filename="../editor/sections.py" line="219" />
            <source>#CafeAurora, #BlackFriday</source>
            <translation>#CafeAurora, #BlackFriday</translation>
        </message>
        <message>
            <location filename="../editor/sections.py" line="232" />
            <source>Hero image preview</source>
            <translation>Vista previa de la imagen principal</translation>
        </message>
        <message>
            <location filename="../editor/sections.py" line="236" />
            <source>Choose…</source>
            <translation>Elegir…</translation>
        </message>
        <message>
            <location filename="../editor/sections.py" line="238" />
            <location filename="../editor/sections.py" line="257" />
            <source>Choose the hero image</source>
            <translation>Elige la imagen principal</translation>
        </message>
        <message>
            <location filename="../editor/sections.py" line="242" />
            <source>No hero image</source>
            <translation>Sin imagen principal</translation>
        </message>
        <message>
            <location filename="../editor/sections.py" line="243" />
            <source>Remove the hero image</source>
            <translation>Quitar la imagen principal</translation>
        </message>
        <message>
            <location filename="../editor/sections.py" line="256" />
            <source>Hero image</source>
            <translation>Imagen principal</translation>
        </message>
        <message>
            <location filename="../editor/sections.py" line="267" />
            <source>Channels</source>
            <translation>Canales</translation>
        </message>
        <message>
            <location filename="../editor/sections.py" line="276" />
            <source>Print size %1</source>
            <translation>Tamaño de impresión %1</translation>
        </message>
        <message>
            <location filename="../editor/sections.py" line="285" />
            <source>Print sizes</source>
            <translation>Tamaños de impresión</translation>
        </message>
        <message>
            <location filename="../editor/sections.py" line="324" />
            <source>Draft</source>
            <translation>Borrador</translation>
        </message>
        <message>
            <location filename="../editor/sections.py" line="325" />
            <source>In review</source>
            <translation>En revisión</translation>
        </message>
        <message>
            <location filename="../editor/sections.py" line="326" />
            <source>Approved</source>
            <translation>Aprobada</translation>
        </message>
        <message>
            <location filename="../editor/sections.py" line="327" />
            <source>Exported</source>
            <translation>Exportada</translation>
        </message>
        <message>
            <location filename="../editor/sections.py" line="339" />
            <source>Status: %1</source>
            <translation>Estado: %1</translation>
        </message>
        <message>
            <location filename="../editor/sections.py" line="356" />
            <source>Dates and times in %1 (UTC%2)</source>
            <translation>Fechas y horas en %1 (UTC%2)</translation>
        </message>
        <message>
            <location filename="../editor/sections.py" line="375" />
            <source>No image</source>
            <translation>Sin imagen</translation>
        </message>
        <message>
            <location filename="../editor/sections.py" line="376" />
            <source>No hero image chosen</source>
            <translation>No se ha elegido imagen principal</translation>
        </message>
        <message>
            <location filename="../editor/sections.py" line="383" />
            <source>Missing</source>
            <translation>Falta</translation>
        </message>
    </context>
    <context>
        <name>EmailTab</name>
        <message>
            <location filename="../previews/email.py" line="147" />
            <source>Inbox line</source>
            <translation>Línea de la bandeja de entrada</translation>
        </message>
        <message>
            <location filename="../previews/email.py" line="150" />
            <source>Sender</source>
            <translation>Remitente</translation>
        </message>
        <message>
            <location filename="../previews/email.py" line="154" />
            <source>Subject</source>
            <translation>Asunto</translation>
        </message>
        <message>
            <location filename="../previews/email.py" line="156" />
            <source>Preheader</source>
            <translation>Preencabezado</translation>
        </message>
        <message>
            <location filename="../previews/email.py" line="169" />
            <source>Desktop</source>
            <translation>Ordenador</translation>
        </message>
        <message>
            <location filename="../previews/email.py" line="169" />
            <source>The email at 700 pixels wide, as on a computer</source>
            <translation>El correo a 700 píxeles de ancho, como en un ordenador</translation>
        </message>
        <message>
            <location filename="../previews/email.py" line="170" />
            <source>Mobile</source>
            <translation>Móvil</translation>
        </message>
        <message>
            <location filename="../previews/email.py" line="170" />
            <source>The email at 375 pixels wide, as on a phone</source>
            <translation>El correo a 375 píxeles de ancho, como en un móvil</translation>
        </message>
        <message>
            <location filename="../previews/email.py" line="171" />
            <source>Plain text</source>
            <translation>Texto sin formato</translation>
        </message>
        <message>
            <location filename="../previews/email.py" line="171" />
            <source>The plain-text part, for clients that show no HTML</source>
            <translation>La parte de texto sin formato, para los programas de correo que no muestran HTML</translation>
        </message>
        <message>
            <location filename="../previews/email.py" line="176" />
            <source>Show the email: {0}</source>
            <translation>Mostrar el correo: {0}</translation>
        </message>
        <message>
            <location filename="../previews/email.py" line="186" />
            <location filename="../previews/email.py" line="392" />
            <source>Looks</source>
            <translation>Aspecto</translation>
        </message>
        <message>
            <location filename="../previews/email.py" line="187" />
            <source>How the email looks in other clients</source>
            <translation>Cómo se ve el email en otros clientes</translation>
        </message>
        <message>
            <location filename="../previews/email.py" line="188" />
            <source>Dark mode and blocked images, as many inboxes show the email</source>
            <translation>Modo oscuro e imágenes bloqueadas, como muestran el email muchas bandejas de entrada</translation>
        </message>
        <message>
            <location filename="../previews/email.py" line="191" />
            <source>Dark mode</source>
            <translation>Modo oscuro</translation>
        </message>
        <message>
            <location filename="../previews/email.py" line="193" />
            <source>The email as a client in dark mode shows it (Apple Mail, Outlook.com, the Gmail app)</source>
            <translation>El email como lo muestra un cliente en modo oscuro (Apple Mail, Outlook.com, la app de Gmail)</translation>
        </message>
        <message>
            <location filename="../previews/email.py" line="195" />
            <source>Images off</source>
            <translation>Sin imágenes</translation>
        </message>
        <message>
            <location filename="../previews/email.py" line="197" />
            <source>The email as a client that blocks images shows it: each image is its alternative text</source>
            <translation>El email como lo muestra un cliente que bloquea las imágenes: cada imagen es su texto alternativo</translation>
        </message>
        <message>
            <location filename="../previews/email.py" line="205" />
            <source>Send test…</source>
            <translation>Enviar prueba…</translation>
        </message>
        <message>
            <location filename="../previews/email.py" line="206" />
            <source>Send a test of this email to an inbox</source>
            <translation>Enviar una prueba de este email a un buzón</translation>
        </message>
        <message>
            <location filename="../previews/email.py" line="208" />
            <source>Send this email, as exported, to your own inbox through your SMTP server</source>
            <translation>Envía este email, tal como se exporta, a tu propio buzón a través de tu servidor SMTP</translation>
        </message>
        <message>
            <location filename="../previews/email.py" line="222" />
            <location filename="../previews/email.py" line="227" />
            <source>Plain-text version</source>
            <translation>Versión en texto sin formato</translation>
        </message>
        <message>
            <location filename="../previews/email.py" line="290" />
            <source>Cut off in most inboxes</source>
            <translation>Cortado en la mayoría de las bandejas de entrada</translation>
        </message>
        <message>
            <location filename="../previews/email.py" line="307" />
            <source>Subject: {0} / {1} characters visible</source>
            <translation>Asunto: {0} / {1} caracteres visibles</translation>
        </message>
        <message>
            <location filename="../previews/email.py" line="314" />
            <source>Preheader: {0} / {1}</source>
            <translation>Preencabezado: {0} / {1}</translation>
        </message>
        <message>
            <location filename="../previews/email.py" line="324" />
            <source>HTML: {0} KB of {1} KB</source>
            <translation>HTML: {0} KB de {1} KB</translation>
        </message>
        <message>
            <location filename="../previews/email.py" line="329" />
            <source>Gmail clips emails above {0} KB: shorten the body.</source>
            <translation>Gmail recorta los correos de más de {0} KB: acorta el cuerpo.</translation>
        </message>
        <message>
            <location filename="../previews/email.py" line="333" />
            <source>Inboxes cut the subject after about {0} characters.</source>
            <translation>Las bandejas de entrada cortan el asunto a partir de unos {0} caracteres.</translation>
        </message>
        <message>
            <location filename="../previews/email.py" line="402" />
            <source>The email cannot be shown: {0}</source>
            <translation>No se puede mostrar el correo: {0}</translation>
        </message>
    </context>
    <context>
        <name>EntryField</name>
        <message>
            <location filename="../entry_fields.py" line="137" />
            <source>First reading</source>
            <extracomment>other document paths whose change refreshes this field (the zone, the offer's other end)</extracomment>
            <translation>Primera lectura</translation>
        </message>
        <message>
            <location filename="../entry_fields.py" line="138" />
            <source>Second reading</source>
            <translation>Segunda lectura</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../export_dialog.py" line="143" />
            <source>Export campaigns</source>
            <extracomment>The presets as people know them (the presets' own labels name their import formats). the export finished (or was cancelled, or failed) and the summary shows it progress as it reached the dialog (done, total) — for tests and the window's status bar</extracomment>
            <translation>Exportar campañas</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="170" />
            <source>Email</source>
            <extracomment>the open campaign's readiness checklist when the window knows it (see set_checklist)</extracomment>
            <translation>Email</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="171" />
            <source>SMS</source>
            <translation>SMS</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="172" />
            <source>X</source>
            <translation>X</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="173" />
            <source>Instagram</source>
            <translation>Instagram</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="174" />
            <source>Facebook</source>
            <translation>Facebook</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="175" />
            <source>LinkedIn</source>
            <translation>LinkedIn</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="176" />
            <source>Signage</source>
            <translation>Cartelería</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="177" />
            <source>WhatsApp</source>
            <translation>WhatsApp</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="178" />
            <source>Push notification</source>
            <translation>Notificación push</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="179" />
            <source>Staff brief</source>
            <translation>Ficha del personal</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="180" />
            <source>Web</source>
            <translation>Web</translation>
        </message>
        <message numerus="yes">
            <location filename="../export_dialog.py" line="186" />
            <source>Export %n campaign(s) as channel-ready files:</source>
            <translation>
                <numerusform>Exportar %n campaña como archivos listos para cada canal:</numerusform>
                <numerusform>Exportar %n campañas como archivos listos para cada canal:</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="191" />
            <source>Campaigns to export</source>
            <translation>Campañas que se exportan</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="197" />
            <source>Destination folder</source>
            <translation>Carpeta de destino</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="201" />
            <source>&amp;Choose…</source>
            <translation>&amp;Elegir…</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="202" />
            <source>Choose the destination folder</source>
            <translation>Elegir la carpeta de destino</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="210" />
            <source>Channels</source>
            <translation>Canales</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="215" />
            <source>Export channel {0}</source>
            <translation>Exportar el canal {0}</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="220" />
            <source>Locales</source>
            <translation>Idiomas y regiones</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="225" />
            <source>Export locale {0}</source>
            <translation>Exportar {0}</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="230" />
            <source>Options</source>
            <translation>Opciones</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="231" />
            <source>One &amp;zip file per campaign</source>
            <translation>Un archivo &amp;zip por campaña</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="232" />
            <source>Zip each campaign</source>
            <translation>Comprimir cada campaña en zip</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="234" />
            <source>&amp;Replace earlier exports in the folder</source>
            <translation>&amp;Sustituir exportaciones anteriores en la carpeta</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="235" />
            <source>Replace earlier exports</source>
            <translation>Sustituir exportaciones anteriores</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="238" />
            <source>&amp;Force: export campaigns with error findings that are not waived</source>
            <translation>&amp;Forzar: exportar campañas con errores sin dispensar</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="240" />
            <source>Force the export</source>
            <translation>Forzar la exportación</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="243" />
            <source>Without this, a campaign with error findings that are not waived is refused. A forced export records your reason in its manifest and the audit log.</source>
            <translation>Sin esta opción, una campaña con errores sin dispensar se rechaza. Una exportación forzada guarda tu motivo en su manifiesto y en el registro de auditoría.</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="249" />
            <source>Reason for forcing the export</source>
            <translation>Motivo para forzar la exportación</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="250" />
            <source>Why may these findings go out? (required)</source>
            <translation>¿Por qué pueden salir estos errores? (obligatorio)</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="257" />
            <source>Reason:</source>
            <translation>Motivo:</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="261" />
            <source>What is missing before exporting</source>
            <translation>Qué falta para exportar</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="263" />
            <source>Export progress</source>
            <translation>Progreso de la exportación</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="266" />
            <source>%v of %m</source>
            <translation>%v de %m</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="270" />
            <source>Export status</source>
            <translation>Estado de la exportación</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="272" />
            <source>Export summary</source>
            <translation>Resumen de la exportación</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="273" />
            <source>Campaign</source>
            <translation>Campaña</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="273" />
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="278" />
            <source>&amp;Export</source>
            <translation>E&amp;xportar</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="279" />
            <source>Start the export</source>
            <translation>Empezar la exportación</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="282" />
            <source>&amp;Open folder</source>
            <translation>&amp;Abrir carpeta</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="283" />
            <source>Open the destination folder</source>
            <translation>Abrir la carpeta de destino</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="286" />
            <location filename="../export_dialog.py" line="287" />
            <location filename="../export_dialog.py" line="580" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="299" />
            <source>&amp;Destination:</source>
            <translation>&amp;Destino:</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="333" />
            <source>Publishing</source>
            <translation>Publicación</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="342" />
            <source>Email service provider</source>
            <translation>Proveedor de email</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="344" />
            <source>The unsubscribe link in the email is written as this provider's merge tag.</source>
            <translation>El enlace de baja del email se escribe con la etiqueta de combinación de este proveedor.</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="346" />
            <source>None (the brand's unsubscribe address)</source>
            <translation>Ninguno (la dirección de baja de la marca)</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="350" />
            <source>Email &amp;provider:</source>
            <translation>&amp;Proveedor de email:</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="353" />
            <source>Social media scheduler</source>
            <translation>Programador de redes sociales</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="355" />
            <source>Also write this scheduler's bulk-import files beside the schedule sheet.</source>
            <translation>Escribir también los archivos de importación masiva de este programador junto a la hoja de publicación.</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="357" />
            <source>None</source>
            <translation>Ninguno</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="363" />
            <source>Social &amp;scheduler:</source>
            <translation>Programador de &amp;redes:</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="366" />
            <location filename="../export_dialog.py" line="447" />
            <source>SMS audience file</source>
            <translation>Archivo de destinatarios de SMS</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="367" />
            <source>Optional: a CSV with phone, locale and name columns</source>
            <translation>Opcional: un CSV con las columnas teléfono, idioma y nombre</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="370" />
            <source>One SMS per recipient in the gateway's import file. The file is only read for this export: it is never stored.</source>
            <translation>Un SMS por destinatario en el archivo de importación de la pasarela. El archivo solo se lee para esta exportación: nunca se guarda.</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="376" />
            <source>Choose f&amp;ile…</source>
            <translation>E&amp;legir archivo…</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="377" />
            <source>Choose the SMS audience file</source>
            <translation>Elegir el archivo de destinatarios de SMS</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="385" />
            <source>What is wrong with the audience file</source>
            <translation>Qué falla en el archivo de destinatarios</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="393" />
            <source>SMS a&amp;udience:</source>
            <translation>Des&amp;tinatarios de SMS:</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="397" />
            <source>Asset base URL</source>
            <translation>URL base de las imágenes</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="398" />
            <source>Empty: images by relative path</source>
            <translation>Vacía: imágenes con ruta relativa</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="401" />
            <source>The public address the export folder is uploaded to, such as https://cdn.example.com/campaigns: the email and the scheduler files name images by absolute URL.</source>
            <translation>La dirección pública a la que se sube la carpeta exportada, como https://cdn.example.com/campaigns: el email y los archivos del programador nombran las imágenes con su URL absoluta.</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="409" />
            <source>What is wrong with the asset base URL</source>
            <translation>Qué falla en la URL base de las imágenes</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="417" />
            <source>Asset &amp;base URL:</source>
            <translation>URL &amp;base de las imágenes:</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="438" />
            <source>Not a public base URL: write one such as https://cdn.example.com/campaigns (no query, no spaces), or leave it empty.</source>
            <translation>No es una URL base pública: escribe una como https://cdn.example.com/campaigns (sin consulta ni espacios), o déjala vacía.</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="448" />
            <source>CSV files (*.csv)</source>
            <translation>Archivos CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="448" />
            <source>All files (*)</source>
            <translation>Todos los archivos (*)</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="502" />
            <source>None of these campaigns can be read.</source>
            <translation>No se puede leer ninguna de estas campañas.</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="507" />
            <source>Choose a destination folder.</source>
            <translation>Elige una carpeta de destino.</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="509" />
            <source>Tick at least one channel.</source>
            <translation>Marca al menos un canal.</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="511" />
            <source>Tick at least one locale.</source>
            <translation>Marca al menos un idioma.</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="513" />
            <source>A forced export needs a reason: say why the findings may go out.</source>
            <translation>Una exportación forzada necesita un motivo: explica por qué pueden salir estos errores.</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="515" />
            <source>Correct the asset base URL or leave it empty.</source>
            <translation>Corrige la URL base de las imágenes o déjala vacía.</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="517" />
            <source>The SMS audience goes with the SMS channel: tick SMS or clear the audience file.</source>
            <translation>Los destinatarios de SMS van con el canal SMS: marca SMS o vacía el archivo de destinatarios.</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="540" />
            <source>Export to folder</source>
            <translation>Exportar a la carpeta</translation>
        </message>
        <message numerus="yes">
            <location filename="../export_dialog.py" line="559" />
            <source>Earlier exports of %n campaign(s) are in this folder. Tick “Replace earlier exports” or choose another folder.</source>
            <translation>
                <numerusform>Esta carpeta ya tiene una exportación anterior de %n campaña. Marca «Sustituir exportaciones anteriores» o elige otra carpeta.</numerusform>
                <numerusform>Esta carpeta ya tiene exportaciones anteriores de %n campañas. Marca «Sustituir exportaciones anteriores» o elige otra carpeta.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="579" />
            <source>Starting the export…</source>
            <translation>Empezando la exportación…</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="619" />
            <location filename="../export_dialog.py" line="635" />
            <source>Cancelling: the campaign being exported is finished or dropped…</source>
            <translation>Cancelando: la campaña en curso se termina o se descarta…</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="622" />
            <source>Exporting “{0}” ({1} of {2})…</source>
            <translation>Exportando «{0}» ({1} de {2})…</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="624" />
            <source>Finishing…</source>
            <translation>Terminando…</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="646" />
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="654" />
            <source>The files cannot be written: {0}</source>
            <translation>No se pueden escribir los archivos: {0}</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="663" />
            <source>the SMS audience file cannot be used: {0}</source>
            <translation>el archivo de destinatarios de SMS no se puede usar: {0}</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="664" />
            <source>The export did not run: {0}</source>
            <translation>La exportación no se ha hecho: {0}</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="672" />
            <source>SMS audience</source>
            <translation>Destinatarios de SMS</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="675" />
            <source>Line {0} of {1} skipped: {2}</source>
            <translation>Línea {0} de {1} omitida: {2}</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="699" />
            <source>Exported (forced): {0}</source>
            <translation>Exportada (forzada): {0}</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="699" />
            <source>Exported: {0}</source>
            <translation>Exportada: {0}</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="705" />
            <source>Refused: {0}</source>
            <translation>Rechazada: {0}</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="713" />
            <source>Not exported (cancelled)</source>
            <translation>Sin exportar (cancelada)</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="713" />
            <source>Not exported</source>
            <translation>Sin exportar</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="669" />
            <source>Warning</source>
            <translation>Aviso</translation>
        </message>
        <message numerus="yes">
            <location filename="../export_dialog.py" line="723" />
            <source>%n exported</source>
            <translation>
                <numerusform>%n exportada</numerusform>
                <numerusform>%n exportadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../export_dialog.py" line="725" />
            <source>%n refused</source>
            <translation>
                <numerusform>%n rechazada</numerusform>
                <numerusform>%n rechazadas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="728" />
            <source>Cancelled: {0}</source>
            <translation>Cancelada: {0}</translation>
        </message>
        <message>
            <location filename="../export_dialog.py" line="730" />
            <source>A refused campaign wrote nothing; see why below.</source>
            <translation>Una campaña rechazada no escribe nada; abajo tienes el motivo.</translation>
        </message>
        <message numerus="yes">
            <location filename="../export_dialog.py" line="742" />
            <source>%n error finding(s) not waived. Fix or waive them, or tick Force and give a reason.</source>
            <translation>
                <numerusform>%n error sin dispensar. Corrígelo o dispénsalo, o marca Forzar y da un motivo.</numerusform>
                <numerusform>%n errores sin dispensar. Corrígelos o dispénsalos, o marca Forzar y da un motivo.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../export_dialog.py" line="749" />
            <source>%n error finding(s) that cannot be waived or forced: fix the text.</source>
            <translation>
                <numerusform>%n hallazgo de nivel error que no se puede dispensar ni forzar: corrige el texto.</numerusform>
                <numerusform>%n hallazgos de nivel error que no se pueden dispensar ni forzar: corrige el texto.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../export_blockers.py" line="25" />
            <source>… and {0} more</source>
            <translation>… y {0} más</translation>
        </message>
        <message>
            <location filename="../export_blockers.py" line="28" />
            <source>Export is blocked — checklist items that cannot be waived or forced: {0}. Fix them first:</source>
            <translation>La exportación está bloqueada — elementos de la comprobación que no se pueden dispensar ni forzar: {0}. Corrígelos primero:</translation>
        </message>
        <message>
            <location filename="../export_blockers.py" line="33" />
            <source>Checklist items blocking the export: {0}. Fix or waive them, or force the export with a reason:</source>
            <translation>Elementos de la comprobación que bloquean la exportación: {0}. Corrígelos o dispénsalos, o fuerza la exportación con un motivo:</translation>
        </message>
    </context>
    <context>
        <name>FindingsModel</name>
        <message>
            <location filename="../problems.py" line="121" />
            <source>Severity</source>
            <translation>Gravedad</translation>
        </message>
        <message>
            <location filename="../problems.py" line="122" />
            <source>Channel</source>
            <translation>Canal</translation>
        </message>
        <message>
            <location filename="../problems.py" line="123" />
            <source>Locale</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <location filename="../problems.py" line="124" />
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <location filename="../problems.py" line="125" />
            <source>Rule</source>
            <translation>Regla</translation>
        </message>
        <message>
            <location filename="../problems.py" line="126" />
            <source>Message</source>
            <translation>Mensaje</translation>
        </message>
        <message>
            <location filename="../problems.py" line="169" />
            <source>Whole campaign</source>
            <translation>Toda la campaña</translation>
        </message>
        <message>
            <location filename="../problems.py" line="177" />
            <source>{0} (waived by {1}: {2})</source>
            <translation>{0} (dispensado por {1}: {2})</translation>
        </message>
        <message>
            <location filename="../problems.py" line="184" />
            <source>Rule: {0} ({1})</source>
            <translation>Regla: {0} ({1})</translation>
        </message>
        <message>
            <location filename="../problems.py" line="186" />
            <source>Field: {0}</source>
            <translation>Campo: {0}</translation>
        </message>
        <message>
            <location filename="../problems.py" line="188" />
            <source>Words: «{0}»</source>
            <translation>Palabras: «{0}»</translation>
        </message>
        <message>
            <location filename="../problems.py" line="190" />
            <source>Replace</source>
            <translation>Sustituir</translation>
        </message>
        <message>
            <location filename="../problems.py" line="191" />
            <source>safe fix</source>
            <translation>corrección segura</translation>
        </message>
        <message>
            <location filename="../problems.py" line="191" />
            <source>fix to review</source>
            <translation>corrección que hay que revisar</translation>
        </message>
        <message>
            <location filename="../problems.py" line="192" />
            <source>{0} ({1}): «{2}»</source>
            <translation>{0} ({1}): «{2}»</translation>
        </message>
        <message>
            <location filename="../problems.py" line="194" />
            <source>Waived by {0}: {1}</source>
            <translation>Dispensado por {0}: {1}</translation>
        </message>
    </context>
    <context>
        <name>ListPane</name>
        <message>
            <location filename="../window/list_pane.py" line="24" />
            <source>Search campaigns…</source>
            <translation>Buscar campañas…</translation>
        </message>
        <message>
            <location filename="../window/list_pane.py" line="26" />
            <source>Search campaigns</source>
            <translation>Buscar campañas</translation>
        </message>
        <message>
            <location filename="../window/list_pane.py" line="28" />
            <source>Filter by status</source>
            <translation>Filtrar por estado</translation>
        </message>
        <message>
            <location filename="../window/list_pane.py" line="29" />
            <source>All statuses</source>
            <translation>Todos los estados</translation>
        </message>
        <message>
            <location filename="../window/list_pane.py" line="31" />
            <source>Filter by locale</source>
            <translation>Filtrar por idioma</translation>
        </message>
        <message>
            <location filename="../window/list_pane.py" line="32" />
            <location filename="../window/list_pane.py" line="73" />
            <source>All locales</source>
            <translation>Todos los idiomas</translation>
        </message>
        <message>
            <location filename="../window/list_pane.py" line="36" />
            <source>Campaigns</source>
            <translation>Campañas</translation>
        </message>
        <message numerus="yes">
            <location filename="../window/list_pane.py" line="101" />
            <source>%n campaign(s)</source>
            <translation>
                <numerusform>%n campaña</numerusform>
                <numerusform>%n campañas</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LocaleChooserDialog</name>
        <message>
            <location filename="../editor/widgets.py" line="373" />
            <source>Add a locale</source>
            <translation>Añadir un idioma</translation>
        </message>
        <message>
            <location filename="../editor/widgets.py" line="378" />
            <source>Locale</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <location filename="../editor/widgets.py" line="386" />
            <source>&amp;Locale:</source>
            <translation>&amp;Idioma:</translation>
        </message>
        <message>
            <location filename="../editor/widgets.py" line="415" />
            <source>Not a locale: type a tag such as es-AR or en-GB.</source>
            <translation>No es un idioma: escribe una etiqueta como es-AR o en-GB.</translation>
        </message>
        <message>
            <location filename="../editor/widgets.py" line="418" />
            <source>The campaign already has this locale.</source>
            <translation>La campaña ya tiene este idioma.</translation>
        </message>
    </context>
    <context>
        <name>LocalePage</name>
        <message>
            <location filename="../editor/locale_tabs.py" line="53" />
            <source>Texts in %1</source>
            <extracomment>the locale pages not on screen are built one per this many milliseconds after a campaign opens</extracomment>
            <translation>Textos en %1</translation>
        </message>
        <message>
            <location filename="../editor/locale_tabs.py" line="82" />
            <source>He&amp;adline</source>
            <translation>&amp;Titular</translation>
        </message>
        <message>
            <location filename="../editor/locale_tabs.py" line="85" />
            <source>&amp;Subheadline</source>
            <translation>Su&amp;btítulo</translation>
        </message>
        <message>
            <location filename="../editor/locale_tabs.py" line="91" />
            <source>Sh&amp;ort text</source>
            <translation>Texto c&amp;orto</translation>
        </message>
        <message>
            <location filename="../editor/locale_tabs.py" line="92" />
            <source>Body (Markdo&amp;wn)</source>
            <translation>Cuerpo (Markdo&amp;wn)</translation>
        </message>
        <message>
            <location filename="../editor/locale_tabs.py" line="111" />
            <source>Image alt te&amp;xt</source>
            <translation>Texto alternativo de la imagen</translation>
        </message>
        <message>
            <location filename="../editor/locale_tabs.py" line="95" />
            <source>&amp;Call to action label</source>
            <translation>Te&amp;xto de la llamada a la acción</translation>
        </message>
        <message>
            <location filename="../editor/locale_tabs.py" line="103" />
            <source>&amp;Disclaimer</source>
            <translation>Texto &amp;legal</translation>
        </message>
        <message>
            <location filename="../editor/locale_tabs.py" line="125" />
            <source>**bold**, *italic*, # heading, - list, [link](https://…)</source>
            <translation>**negrita**, *cursiva*, # título, - lista, [enlace](https://…)</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../main_window.py" line="91" />
            <location filename="../main_window.py" line="245" />
            <source>Campaign Studio — {0}</source>
            <translation>Campaign Studio — {0}</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="276" />
            <source>Previews and review</source>
            <translation>Vistas previas y revisión</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="138" />
            <source>Previews</source>
            <translation>Vistas previas</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="145" />
            <source>Review and report</source>
            <translation>Revisión e informe</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="173" />
            <source>Error</source>
            <translation>Error</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="292" />
            <location filename="../main_window.py" line="295" />
            <source>Problems</source>
            <translation>Problemas</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="305" />
            <source>Save status</source>
            <translation>Estado del guardado</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="307" />
            <source>Problem counts</source>
            <translation>Recuento de problemas</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="309" />
            <source>Campaign count</source>
            <translation>Número de campañas</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="311" />
            <source>Who is working</source>
            <translation>Quién está trabajando</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="65" />
            <source>Campaign Studio</source>
            <translation>Campaign Studio</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="78" />
            <location filename="../main_window.py" line="272" />
            <source>Opening the workspace…</source>
            <translation>Abriendo el espacio de trabajo…</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="267" />
            <source>The workspace cannot be opened.</source>
            <translation>No se puede abrir el espacio de trabajo.</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="268" />
            <source>The workspace cannot be opened</source>
            <translation>No se puede abrir el espacio de trabajo</translation>
        </message>
    </context>
    <context>
        <name>NewCampaignDialog</name>
        <message>
            <location filename="../dialogs.py" line="71" />
            <source>New campaign</source>
            <translation>Nueva campaña</translation>
        </message>
        <message>
            <location filename="../dialogs.py" line="73" />
            <source>Campaign name</source>
            <translation>Nombre de la campaña</translation>
        </message>
        <message>
            <location filename="../dialogs.py" line="74" />
            <source>e.g. Winter breakfasts</source>
            <translation>p. ej., Desayunos de invierno</translation>
        </message>
        <message>
            <location filename="../dialogs.py" line="76" />
            <source>Primary locale</source>
            <translation>Idioma principal</translation>
        </message>
        <message>
            <location filename="../dialogs.py" line="104" />
            <source>&amp;Name:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <location filename="../dialogs.py" line="107" />
            <source>&amp;Primary locale:</source>
            <translation>Idioma &amp;principal:</translation>
        </message>
        <message>
            <location filename="../dialogs.py" line="110" />
            <source>Locales:</source>
            <translation>Idiomas:</translation>
        </message>
        <message>
            <location filename="../dialogs.py" line="111" />
            <source>Channels:</source>
            <translation>Canales:</translation>
        </message>
        <message>
            <location filename="../dialogs.py" line="126" />
            <source>Give the campaign a name.</source>
            <translation>Ponle un nombre a la campaña.</translation>
        </message>
        <message>
            <location filename="../dialogs.py" line="130" />
            <source>Choose at least one channel.</source>
            <translation>Elige al menos un canal.</translation>
        </message>
    </context>
    <context>
        <name>OverrideEditor</name>
        <message>
            <location filename="../previews/common.py" line="330" />
            <source>Hand-edited texts</source>
            <extracomment>Counter and finding tones: (on a light background, on a dark one). Readable on both. Visible lines of each field's editor.</extracomment>
            <translation>Textos editados a mano</translation>
        </message>
        <message>
            <location filename="../previews/common.py" line="367" />
            <source>Edited by hand</source>
            <translation>Editado a mano</translation>
        </message>
        <message>
            <location filename="../previews/common.py" line="368" />
            <source>Reset to template</source>
            <translation>Volver a la plantilla</translation>
        </message>
        <message>
            <location filename="../previews/common.py" line="369" />
            <source>Reset {0} to the template's text</source>
            <translation>Volver al texto de la plantilla en {0}</translation>
        </message>
        <message>
            <location filename="../previews/common.py" line="370" />
            <source>Drop your text and use the template's again</source>
            <translation>Descarta tu texto y vuelve a usar el de la plantilla</translation>
        </message>
        <message>
            <location filename="../previews/common.py" line="379" />
            <source>Edit {0}</source>
            <translation>Editar {0}</translation>
        </message>
    </context>
    <context>
        <name>PostTab</name>
        <message>
            <location filename="../previews/posts.py" line="117" />
            <location filename="../previews/posts.py" line="159" />
            <source>{0} post</source>
            <extracomment>the side of the feed picture as decoded for the preview (the pane is narrower than this) Instagram's image is the one the export writes (hero, logo, headline, price, disclaimer), composed on a worker once typing pauses; the hero alone shows meanwhile</extracomment>
            <translation>Publicación de {0}</translation>
        </message>
        <message>
            <location filename="../previews/posts.py" line="119" />
            <source>Brand avatar</source>
            <translation>Avatar de la marca</translation>
        </message>
        <message>
            <location filename="../previews/posts.py" line="121" />
            <source>Brand name</source>
            <translation>Nombre de la marca</translation>
        </message>
        <message>
            <location filename="../previews/posts.py" line="126" />
            <source>Account</source>
            <translation>Cuenta</translation>
        </message>
        <message>
            <location filename="../previews/posts.py" line="136" />
            <source>Post image</source>
            <translation>Imagen de la publicación</translation>
        </message>
        <message>
            <location filename="../previews/posts.py" line="138" />
            <source>Post text</source>
            <translation>Texto de la publicación</translation>
        </message>
        <message>
            <location filename="../previews/posts.py" line="252" />
            <source>The image the export writes as instagram.png</source>
            <translation>La imagen que la exportación escribe como instagram.png</translation>
        </message>
        <message>
            <location filename="../previews/posts.py" line="257" />
            <source>The Instagram image cannot be drawn: {0}</source>
            <translation>No se puede dibujar la imagen de Instagram: {0}</translation>
        </message>
        <message>
            <location filename="../previews/posts.py" line="279" />
            <location filename="../previews/posts.py" line="287" />
            <source>{0} / {1} characters</source>
            <translation>{0} / {1} caracteres</translation>
        </message>
        <message>
            <location filename="../previews/posts.py" line="280" />
            <source>Weighted as X counts: every link is 23 characters, an emoji 2.</source>
            <translation>Contados como los cuenta X: cada enlace vale 23 caracteres y un emoji, 2.</translation>
        </message>
        <message numerus="yes">
            <location filename="../previews/posts.py" line="282" />
            <source>%n character(s) over X's limit.</source>
            <translation>
                <numerusform>%n carácter por encima del límite de X.</numerusform>
                <numerusform>%n caracteres por encima del límite de X.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../previews/posts.py" line="297" />
            <source>{0} / {1} hashtags</source>
            <translation>{0} / {1} hashtags</translation>
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
            <translation>A partir de {0} caracteres, el feed oculta el texto tras «Ver más» (aquí, en gris).</translation>
        </message>
        <message>
            <location filename="../previews/posts.py" line="308" />
            <source>Behind “See more” in the feed</source>
            <translation>Oculto tras «Ver más» en el feed</translation>
        </message>
        <message>
            <location filename="../previews/posts.py" line="310" />
            <source>{0} allows at most {1} hashtags a post.</source>
            <translation>{0} admite como máximo {1} hashtags por publicación.</translation>
        </message>
    </context>
    <context>
        <name>PosterView</name>
        <message>
            <location filename="../previews/signage.py" line="44" />
            <source>Double-click: actual size / fit</source>
            <translation>Doble clic: tamaño real / ajustar</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <location filename="../dialogs.py" line="155" />
            <source>Preferences</source>
            <extracomment>the name the audit log records on this computer (None: the account's; settings ``user_name``)</extracomment>
            <translation>Preferencias</translation>
        </message>
        <message>
            <location filename="../dialogs.py" line="157" />
            <source>Interface language</source>
            <translation>Idioma de la interfaz</translation>
        </message>
        <message>
            <location filename="../dialogs.py" line="158" />
            <location filename="../dialogs.py" line="164" />
            <source>Same as the system</source>
            <translation>El del sistema</translation>
        </message>
        <message>
            <location filename="../dialogs.py" line="163" />
            <source>Colour scheme</source>
            <translation>Esquema de colores</translation>
        </message>
        <message>
            <location filename="../dialogs.py" line="165" />
            <source>Light</source>
            <translation>Claro</translation>
        </message>
        <message>
            <location filename="../dialogs.py" line="166" />
            <source>Dark</source>
            <translation>Oscuro</translation>
        </message>
        <message>
            <location filename="../dialogs.py" line="169" />
            <source>Your name</source>
            <translation>Tu nombre</translation>
        </message>
        <message>
            <location filename="../dialogs.py" line="172" />
            <source>The name history and the audit log record for you (a team database records your login).</source>
            <translation>El nombre con el que el historial y el registro de auditoría te anotan (una base de datos de equipo anota tu usuario).</translation>
        </message>
        <message>
            <location filename="../dialogs.py" line="175" />
            <source>&amp;Language:</source>
            <translation>&amp;Idioma:</translation>
        </message>
        <message>
            <location filename="../dialogs.py" line="178" />
            <source>&amp;Colours:</source>
            <translation>&amp;Colores:</translation>
        </message>
        <message>
            <location filename="../dialogs.py" line="181" />
            <source>Your &amp;name:</source>
            <translation>Tu &amp;nombre:</translation>
        </message>
    </context>
    <context>
        <name>PreviewChannels</name>
        <message>
            <location filename="../previews/base.py" line="262" />
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <location filename="../previews/base.py" line="263" />
            <source>SMS</source>
            <translation>SMS</translation>
        </message>
        <message>
            <location filename="../previews/base.py" line="264" />
            <source>X</source>
            <translation>X</translation>
        </message>
        <message>
            <location filename="../previews/base.py" line="265" />
            <source>Instagram</source>
            <translation>Instagram</translation>
        </message>
        <message>
            <location filename="../previews/base.py" line="266" />
            <source>Facebook</source>
            <translation>Facebook</translation>
        </message>
        <message>
            <location filename="../previews/base.py" line="267" />
            <source>LinkedIn</source>
            <translation>LinkedIn</translation>
        </message>
        <message>
            <location filename="../previews/base.py" line="268" />
            <source>Signage</source>
            <translation>Cartelería</translation>
        </message>
        <message>
            <location filename="../previews/base.py" line="269" />
            <source>WhatsApp</source>
            <translation>WhatsApp</translation>
        </message>
        <message>
            <location filename="../previews/base.py" line="270" />
            <source>Push</source>
            <translation>Push</translation>
        </message>
        <message>
            <location filename="../previews/base.py" line="271" />
            <source>Staff brief</source>
            <translation>Ficha del personal</translation>
        </message>
        <message>
            <location filename="../previews/base.py" line="272" />
            <source>Web</source>
            <translation>Web</translation>
        </message>
    </context>
    <context>
        <name>PreviewFields</name>
        <message>
            <location filename="../previews/common.py" line="428" />
            <source>Subject</source>
            <translation>Asunto</translation>
        </message>
        <message>
            <location filename="../previews/common.py" line="429" />
            <source>Preheader</source>
            <translation>Preencabezado</translation>
        </message>
        <message>
            <location filename="../previews/common.py" line="430" />
            <source>Headline</source>
            <translation>Titular</translation>
        </message>
        <message>
            <location filename="../previews/common.py" line="431" />
            <source>Subheadline</source>
            <translation>Subtítulo</translation>
        </message>
        <message>
            <location filename="../previews/common.py" line="432" />
            <source>Price</source>
            <translation>Precio</translation>
        </message>
        <message>
            <location filename="../previews/common.py" line="433" />
            <source>Old price</source>
            <translation>Precio anterior</translation>
        </message>
        <message>
            <location filename="../previews/common.py" line="434" />
            <source>Promo code</source>
            <translation>Código promocional</translation>
        </message>
        <message>
            <location filename="../previews/common.py" line="435" />
            <source>Dates</source>
            <translation>Fechas</translation>
        </message>
        <message>
            <location filename="../previews/common.py" line="436" />
            <source>Call to action</source>
            <translation>Llamada a la acción</translation>
        </message>
        <message>
            <location filename="../previews/common.py" line="437" />
            <source>Disclaimer</source>
            <translation>Texto legal</translation>
        </message>
        <message>
            <location filename="../previews/common.py" line="438" />
            <source>Plain-text version</source>
            <translation>Versión en texto sin formato</translation>
        </message>
        <message>
            <location filename="../previews/common.py" line="440" />
            <source>Text</source>
            <translation>Texto</translation>
        </message>
    </context>
    <context>
        <name>PreviewPane</name>
        <message>
            <location filename="../previews/__init__.py" line="81" />
            <source>Channel previews</source>
            <extracomment>the texts and counters of every tab show the latest check (the email's HTML follows: each tab's ``heavyShown``); the tab in front is updated at once, the others one per turn after</extracomment>
            <translation>Vistas previas de los canales</translation>
        </message>
        <message>
            <location filename="../previews/__init__.py" line="121" />
            <source>Locale:</source>
            <translation>Idioma y país:</translation>
        </message>
        <message>
            <location filename="../previews/__init__.py" line="123" />
            <source>Locale of the previews</source>
            <translation>Idioma y país de las vistas previas</translation>
        </message>
        <message>
            <location filename="../previews/__init__.py" line="124" />
            <source>Which locale's texts the previews show</source>
            <translation>De qué idioma y país son los textos que muestran las vistas previas</translation>
        </message>
        <message>
            <location filename="../previews/__init__.py" line="128" />
            <source>Cha&amp;nnel:</source>
            <translation>Ca&amp;nal:</translation>
        </message>
        <message>
            <location filename="../previews/__init__.py" line="130" />
            <source>Channel of the preview</source>
            <translation>Canal de la vista previa</translation>
        </message>
        <message>
            <location filename="../previews/__init__.py" line="131" />
            <source>Which channel the preview shows (Ctrl+Tab, F7)</source>
            <translation>Qué canal muestra la vista previa (Ctrl+Tab, F7)</translation>
        </message>
        <message>
            <location filename="../previews/__init__.py" line="96" />
            <source>Preview problem</source>
            <translation>Problema de la vista previa</translation>
        </message>
        <message>
            <location filename="../previews/__init__.py" line="100" />
            <source>Channels</source>
            <translation>Canales</translation>
        </message>
        <message>
            <location filename="../previews/__init__.py" line="105" />
            <source>Open a campaign to preview its channels.</source>
            <translation>Abre una campaña para ver la vista previa de sus canales.</translation>
        </message>
        <message>
            <location filename="../previews/__init__.py" line="106" />
            <source>No campaign</source>
            <translation>Ninguna campaña</translation>
        </message>
        <message>
            <location filename="../previews/__init__.py" line="244" />
            <source>The previews cannot be updated: {0}</source>
            <translation>No se pueden actualizar las vistas previas: {0}</translation>
        </message>
        <message>
            <location filename="../previews/__init__.py" line="367" />
            <source>{0}: edited by hand</source>
            <translation>{0}: editado a mano</translation>
        </message>
    </context>
    <context>
        <name>ProblemWords</name>
        <message>
            <location filename="../problem_words.py" line="36" />
            <source>{0} % does not match the prices {1} → {2} ({3} %)</source>
            <translation>{0} % no cuadra con los precios {1} → {2} ({3} %)</translation>
        </message>
        <message>
            <location filename="../problem_words.py" line="43" />
            <source>required</source>
            <extracomment>(pattern of the model's English message, how to say it)</extracomment>
            <translation>obligatorio</translation>
        </message>
        <message>
            <location filename="../problem_words.py" line="46" />
            <source>must not be empty</source>
            <translation>no puede estar vacío</translation>
        </message>
        <message>
            <location filename="../problem_words.py" line="50" />
            <source>must not be empty (remove it to use the template)</source>
            <translation>no puede estar vacío (quítalo para usar el de la plantilla)</translation>
        </message>
        <message>
            <location filename="../problem_words.py" line="56" />
            <source>too long: {0} characters at most</source>
            <translation>demasiado largo: {0} caracteres como máximo</translation>
        </message>
        <message>
            <location filename="../problem_words.py" line="62" />
            <source>must be a positive amount</source>
            <translation>tiene que ser un importe positivo</translation>
        </message>
        <message>
            <location filename="../problem_words.py" line="66" />
            <source>{0} has {1} decimals at most</source>
            <translation>{0} tiene {1} decimales como máximo</translation>
        </message>
        <message>
            <location filename="../problem_words.py" line="72" />
            <source>must be between 0 and 100</source>
            <translation>tiene que estar entre 0 y 100</translation>
        </message>
        <message>
            <location filename="../problem_words.py" line="76" />
            <source>must be higher than the offer price</source>
            <translation>tiene que ser mayor que el precio de la oferta</translation>
        </message>
        <message>
            <location filename="../problem_words.py" line="87" />
            <source>must be after the start date</source>
            <translation>tiene que ser posterior a la fecha de inicio</translation>
        </message>
        <message>
            <location filename="../problem_words.py" line="91" />
            <source>must be a full web address such as {0}</source>
            <translation>tiene que ser una dirección web completa, como {0}</translation>
        </message>
        <message>
            <location filename="../problem_words.py" line="97" />
            <source>lists a place twice</source>
            <translation>repite un lugar</translation>
        </message>
        <message>
            <location filename="../problem_words.py" line="101" />
            <source>lists a channel twice</source>
            <translation>repite un canal</translation>
        </message>
    </context>
    <context>
        <name>ProblemsPanel</name>
        <message>
            <location filename="../problems.py" line="352" />
            <source>Show waived</source>
            <translation>Mostrar dispensados</translation>
        </message>
        <message>
            <location filename="../problems.py" line="361" />
            <location filename="../problems.py" line="693" />
            <source>Apply fix</source>
            <translation>Aplicar corrección</translation>
        </message>
        <message>
            <location filename="../problems.py" line="362" />
            <source>Fix all safe</source>
            <translation>Corregir todo lo seguro</translation>
        </message>
        <message>
            <location filename="../problems.py" line="363" />
            <source>Waive…</source>
            <translation>Dispensar…</translation>
        </message>
        <message>
            <location filename="../problems.py" line="364" />
            <source>Unwaive</source>
            <translation>Retirar dispensa</translation>
        </message>
        <message>
            <location filename="../problems.py" line="304" />
            <source>Problems</source>
            <translation>Problemas</translation>
        </message>
        <message>
            <location filename="../problems.py" line="317" />
            <source>Rule file errors</source>
            <extracomment>runs a modal dialog and returns its result (tests replace it to fill the dialog)</extracomment>
            <translation>Errores en los archivos de reglas</translation>
        </message>
        <message>
            <location filename="../problems.py" line="338" />
            <source>Filter by channel</source>
            <translation>Filtrar por canal</translation>
        </message>
        <message>
            <location filename="../problems.py" line="341" />
            <source>Filter by locale</source>
            <translation>Filtrar por idioma</translation>
        </message>
        <message>
            <location filename="../problems.py" line="343" />
            <location filename="../problems.py" line="598" />
            <source>All channels</source>
            <translation>Todos los canales</translation>
        </message>
        <message>
            <location filename="../problems.py" line="344" />
            <location filename="../problems.py" line="600" />
            <source>All locales</source>
            <translation>Todos los idiomas</translation>
        </message>
        <message>
            <location filename="../problems.py" line="348" />
            <source>Search problems</source>
            <translation>Buscar problemas</translation>
        </message>
        <message>
            <location filename="../problems.py" line="349" />
            <source>Filter (words, rule…)</source>
            <translation>Filtrar (palabras, regla…)</translation>
        </message>
        <message>
            <location filename="../problems.py" line="353" />
            <source>Show waived findings</source>
            <translation>Mostrar los problemas dispensados</translation>
        </message>
        <message>
            <location filename="../problems.py" line="365" />
            <source>Copy</source>
            <translation>Copiar</translation>
        </message>
        <message>
            <location filename="../problems.py" line="377" />
            <source>Problems shown</source>
            <translation>Problemas mostrados</translation>
        </message>
        <message>
            <location filename="../problems.py" line="381" />
            <source>Problems list</source>
            <translation>Lista de problemas</translation>
        </message>
        <message>
            <location filename="../problems.py" line="413" />
            <location filename="../problems.py" line="643" />
            <source>No problems found.</source>
            <translation>No se han encontrado problemas.</translation>
        </message>
        <message>
            <location filename="../problems.py" line="415" />
            <source>No problems</source>
            <translation>Sin problemas</translation>
        </message>
        <message numerus="yes">
            <location filename="../problems.py" line="608" />
            <source>%n rule file(s) not applied in full: </source>
            <translation>
                <numerusform>No se ha aplicado por completo %n archivo de reglas: </numerusform>
                <numerusform>No se han aplicado por completo %n archivos de reglas: </numerusform>
            </translation>
        </message>
        <message>
            <location filename="../problems.py" line="400" />
            <location filename="../problems.py" line="579" />
            <source>Whole campaign</source>
            <extracomment>the campaign whose findings are shown (None: not said)</extracomment>
            <translation>Toda la campaña</translation>
        </message>
        <message>
            <location filename="../problems.py" line="617" />
            <source>Errors ({0})</source>
            <translation>Errores ({0})</translation>
        </message>
        <message>
            <location filename="../problems.py" line="618" />
            <source>Warnings ({0})</source>
            <translation>Avisos ({0})</translation>
        </message>
        <message>
            <location filename="../problems.py" line="619" />
            <source>Suggestions ({0})</source>
            <translation>Sugerencias ({0})</translation>
        </message>
        <message>
            <location filename="../problems.py" line="624" />
            <source>Show {0}</source>
            <translation>Mostrar {0}</translation>
        </message>
        <message>
            <location filename="../problems.py" line="643" />
            <source>No problems match the filters.</source>
            <translation>Ningún problema coincide con los filtros.</translation>
        </message>
        <message numerus="yes">
            <location filename="../problems.py" line="645" />
            <source>%n shown</source>
            <translation>
                <numerusform>%n mostrado</numerusform>
                <numerusform>%n mostrados</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../problems.py" line="696" />
            <source>Review fix…</source>
            <translation>Revisar corrección…</translation>
        </message>
        <message>
            <location filename="../problems.py" line="724" />
            <source>Review fix</source>
            <translation>Revisar corrección</translation>
        </message>
        <message>
            <location filename="../problems.py" line="726" />
            <source>This fix needs a look before it is applied. Replace «{0}» with «{1}»?</source>
            <translation>Conviene revisar esta corrección antes de aplicarla. ¿Sustituir «{0}» por «{1}»?</translation>
        </message>
    </context>
    <context>
        <name>PushTab</name>
        <message>
            <location filename="../previews/push.py" line="40" />
            <source>Notification text as written:</source>
            <translation>Texto de la notificación tal como está escrito:</translation>
        </message>
        <message>
            <location filename="../previews/push.py" line="41" />
            <source>Notification text</source>
            <translation>Texto de la notificación</translation>
        </message>
        <message>
            <location filename="../previews/push.py" line="50" />
            <source>Deep link</source>
            <translation>Enlace a la app</translation>
        </message>
        <message>
            <location filename="../previews/push.py" line="76" />
            <source>iPhone lock screen</source>
            <translation>Pantalla de bloqueo del iPhone</translation>
        </message>
        <message>
            <location filename="../previews/push.py" line="77" />
            <source>iPhone banner</source>
            <translation>Aviso del iPhone</translation>
        </message>
        <message>
            <location filename="../previews/push.py" line="78" />
            <source>Android shade, collapsed</source>
            <translation>Panel de Android, plegado</translation>
        </message>
        <message>
            <location filename="../previews/push.py" line="79" />
            <source>Android shade, expanded</source>
            <translation>Panel de Android, desplegado</translation>
        </message>
        <message>
            <location filename="../previews/push.py" line="87" />
            <source>Notification on {0}</source>
            <translation>Notificación en {0}</translation>
        </message>
        <message>
            <location filename="../previews/push.py" line="114" />
            <source>{0} · now</source>
            <translation>{0} · ahora</translation>
        </message>
        <message>
            <location filename="../previews/push.py" line="114" />
            <source>now</source>
            <translation>ahora</translation>
        </message>
        <message>
            <location filename="../previews/push.py" line="118" />
            <source>Opens: {0}</source>
            <translation>Abre: {0}</translation>
        </message>
        <message>
            <location filename="../previews/push.py" line="126" />
            <source>title {0} / {1}</source>
            <translation>título {0} / {1}</translation>
        </message>
        <message>
            <location filename="../previews/push.py" line="130" />
            <source>text {0} / {1}</source>
            <translation>texto {0} / {1}</translation>
        </message>
        <message>
            <location filename="../previews/push.py" line="134" />
            <source>Cut in: {0}</source>
            <translation>Cortado en: {0}</translation>
        </message>
    </context>
    <context>
        <name>ReasonDialog</name>
        <message>
            <location filename="../problems.py" line="251" />
            <source>Waive a finding</source>
            <translation>Dispensar un problema</translation>
        </message>
        <message>
            <location filename="../problems.py" line="251" />
            <source>Waive findings</source>
            <translation>Dispensar hallazgos</translation>
        </message>
        <message>
            <location filename="../problems.py" line="254" />
            <source>&lt;b&gt;{0}&lt;/b&gt; — {1}</source>
            <translation>&lt;b&gt;{0}&lt;/b&gt; — {1}</translation>
        </message>
        <message>
            <location filename="../problems.py" line="259" />
            <source>… and {0} more</source>
            <translation>… y {0} más</translation>
        </message>
        <message>
            <location filename="../problems.py" line="260" />
            <source>One reason for these {0} findings:</source>
            <translation>Un motivo para estos {0} hallazgos:</translation>
        </message>
        <message>
            <location filename="../problems.py" line="266" />
            <source>Reason for the waiver</source>
            <translation>Motivo de la dispensa</translation>
        </message>
        <message>
            <location filename="../problems.py" line="268" />
            <source>Why is this acceptable here? (shown in the report)</source>
            <translation>¿Por qué es aceptable aquí? (aparece en el informe)</translation>
        </message>
        <message>
            <location filename="../problems.py" line="273" />
            <source>Waive</source>
            <translation>Dispensar</translation>
        </message>
        <message>
            <location filename="../problems.py" line="280" />
            <source>Reason (required):</source>
            <translation>Motivo (obligatorio):</translation>
        </message>
    </context>
    <context>
        <name>Recovery</name>
        <message>
            <location filename="../recovery.py" line="87" />
            <source>Name</source>
            <extracomment>fields holding an amount or a percentage (written with the interface's decimal mark) a day or a moment as the campaign file keeps it (ISO 8601)</extracomment>
            <translation>Nombre</translation>
        </message>
        <message>
            <location filename="../recovery.py" line="88" />
            <source>Brand</source>
            <translation>Marca</translation>
        </message>
        <message>
            <location filename="../recovery.py" line="89" />
            <source>Objective</source>
            <translation>Objetivo</translation>
        </message>
        <message>
            <location filename="../recovery.py" line="90" />
            <source>Time zone</source>
            <translation>Zona horaria</translation>
        </message>
        <message>
            <location filename="../recovery.py" line="91" />
            <source>Main language</source>
            <translation>Idioma principal</translation>
        </message>
        <message>
            <location filename="../recovery.py" line="92" />
            <source>Headline</source>
            <translation>Titular</translation>
        </message>
        <message>
            <location filename="../recovery.py" line="93" />
            <source>Subheadline</source>
            <translation>Subtítulo</translation>
        </message>
        <message>
            <location filename="../recovery.py" line="94" />
            <source>Body</source>
            <translation>Cuerpo</translation>
        </message>
        <message>
            <location filename="../recovery.py" line="95" />
            <source>Short text</source>
            <translation>Texto corto</translation>
        </message>
        <message>
            <location filename="../recovery.py" line="96" />
            <source>Button label</source>
            <translation>Texto del botón</translation>
        </message>
        <message>
            <location filename="../recovery.py" line="97" />
            <source>Disclaimer</source>
            <translation>Texto legal</translation>
        </message>
        <message>
            <location filename="../recovery.py" line="98" />
            <source>Image description</source>
            <translation>Descripción de la imagen</translation>
        </message>
        <message>
            <location filename="../recovery.py" line="99" />
            <source>Price</source>
            <translation>Precio</translation>
        </message>
        <message>
            <location filename="../recovery.py" line="100" />
            <source>Currency</source>
            <translation>Moneda</translation>
        </message>
        <message>
            <location filename="../recovery.py" line="101" />
            <source>Original price</source>
            <translation>Precio anterior</translation>
        </message>
        <message>
            <location filename="../recovery.py" line="102" />
            <source>Discount</source>
            <translation>Descuento</translation>
        </message>
        <message>
            <location filename="../recovery.py" line="103" />
            <source>Promo code</source>
            <translation>Código promocional</translation>
        </message>
        <message>
            <location filename="../recovery.py" line="104" />
            <source>Valid from</source>
            <translation>Válida desde</translation>
        </message>
        <message>
            <location filename="../recovery.py" line="105" />
            <source>Valid until</source>
            <translation>Válida hasta</translation>
        </message>
        <message>
            <location filename="../recovery.py" line="106" />
            <source>Where it is redeemed</source>
            <translation>Dónde se canjea</translation>
        </message>
        <message>
            <location filename="../recovery.py" line="107" />
            <source>Link</source>
            <translation>Enlace</translation>
        </message>
        <message>
            <location filename="../recovery.py" line="108" />
            <source>Hashtags</source>
            <translation>Etiquetas</translation>
        </message>
        <message>
            <location filename="../recovery.py" line="109" />
            <source>Image</source>
            <translation>Imagen</translation>
        </message>
        <message>
            <location filename="../recovery.py" line="110" />
            <source>Channels</source>
            <translation>Canales</translation>
        </message>
        <message>
            <location filename="../recovery.py" line="111" />
            <source>Print sizes</source>
            <translation>Tamaños de impresión</translation>
        </message>
        <message>
            <location filename="../recovery.py" line="112" />
            <source>Text</source>
            <translation>Texto</translation>
        </message>
        <message>
            <location filename="../recovery.py" line="113" />
            <source>Subject</source>
            <translation>Asunto</translation>
        </message>
        <message>
            <location filename="../recovery.py" line="114" />
            <source>Preheader</source>
            <translation>Preencabezado</translation>
        </message>
        <message>
            <location filename="../recovery.py" line="118" />
            <source>{0} ({1})</source>
            <translation>{0} ({1})</translation>
        </message>
        <message>
            <location filename="../recovery.py" line="122" />
            <source>{0} written by hand for {1} ({2})</source>
            <translation>{0} escrito a mano para {1} ({2})</translation>
        </message>
        <message>
            <location filename="../recovery.py" line="128" />
            <source>Texts written by hand</source>
            <translation>Textos escritos a mano</translation>
        </message>
        <message>
            <location filename="../recovery.py" line="131" />
            <source>Language {0}</source>
            <translation>Idioma {0}</translation>
        </message>
        <message>
            <location filename="../recovery.py" line="133" />
            <source>Languages</source>
            <translation>Idiomas</translation>
        </message>
        <message>
            <location filename="../recovery.py" line="141" />
            <location filename="../recovery.py" line="143" />
            <source>(empty)</source>
            <translation>(vacío)</translation>
        </message>
        <message>
            <location filename="../recovery.py" line="183" />
            <source>…and %n more change(s)</source>
            <translation>…y %n cambio más | …y %n cambios más</translation>
        </message>
    </context>
    <context>
        <name>RecoveryBox</name>
        <message>
            <location filename="../recovery.py" line="196" />
            <source>Unsaved changes found</source>
            <translation>Hay cambios sin guardar</translation>
        </message>
        <message>
            <location filename="../recovery.py" line="198" />
            <source>“{0}” has changes from your last session that were never saved. Restore them?</source>
            <translation>«{0}» tiene cambios de tu última sesión que no llegaron a guardarse. ¿Quieres recuperarlos?</translation>
        </message>
        <message>
            <location filename="../recovery.py" line="203" />
            <source>&amp;Restore</source>
            <translation>&amp;Recuperar</translation>
        </message>
        <message>
            <location filename="../recovery.py" line="204" />
            <source>&amp;Discard</source>
            <translation>&amp;Descartar</translation>
        </message>
        <message>
            <location filename="../recovery.py" line="205" />
            <source>Restore the unsaved changes</source>
            <translation>Recuperar los cambios sin guardar</translation>
        </message>
        <message>
            <location filename="../recovery.py" line="206" />
            <source>Discard the unsaved changes</source>
            <translation>Descartar los cambios sin guardar</translation>
        </message>
    </context>
    <context>
        <name>ReviewPanel</name>
        <message>
            <location filename="../review_panel.py" line="79" />
            <source>Review and report</source>
            <extracomment>cell state → tint laid over the table's base colour (readable on light and dark palettes) the review steps' buttons were enabled or disabled (the window's Review menu follows them) the report of the latest :meth:`show_campaign` is on screen (or why it cannot be) the marketer asked to go to a checklist item's place (a ReadinessItem)</extracomment>
            <translation>Revisión e informe</translation>
        </message>
        <message>
            <location filename="../review_panel.py" line="86" />
            <source>Review status</source>
            <translation>Estado de la revisión</translation>
        </message>
        <message>
            <location filename="../review_panel.py" line="88" />
            <source>Consistency score</source>
            <translation>Puntuación de coherencia</translation>
        </message>
        <message>
            <location filename="../review_panel.py" line="93" />
            <source>Submit for review</source>
            <translation>Enviar a revisión</translation>
        </message>
        <message>
            <location filename="../review_panel.py" line="94" />
            <location filename="../review_panel.py" line="179" />
            <source>Approve</source>
            <translation>Aprobar</translation>
        </message>
        <message>
            <location filename="../review_panel.py" line="95" />
            <source>Request changes…</source>
            <translation>Pedir cambios…</translation>
        </message>
        <message>
            <location filename="../review_panel.py" line="103" />
            <source>Open full report</source>
            <translation>Abrir el informe completo</translation>
        </message>
        <message>
            <location filename="../review_panel.py" line="104" />
            <source>Open the full report in the browser</source>
            <translation>Abrir el informe completo en el navegador</translation>
        </message>
        <message>
            <location filename="../review_panel.py" line="106" />
            <source>Save report as…</source>
            <translation>Guardar el informe como…</translation>
        </message>
        <message>
            <location filename="../review_panel.py" line="107" />
            <source>Save the report as HTML or PDF</source>
            <translation>Guardar el informe como HTML o PDF</translation>
        </message>
        <message>
            <location filename="../review_panel.py" line="112" />
            <source>Facts by channel and locale</source>
            <translation>Datos por canal e idioma</translation>
        </message>
        <message>
            <location filename="../review_panel.py" line="123" />
            <source>✓ found · ✗ missing · ≠ does not match the fact sheet · — not needed in that channel</source>
            <translation>✓ presente · ✗ falta · ≠ no coincide con la ficha · — no se necesita en ese canal</translation>
        </message>
        <message>
            <location filename="../review_panel.py" line="126" />
            <source>Legend of the matrix</source>
            <translation>Leyenda de la matriz</translation>
        </message>
        <message>
            <location filename="../review_panel.py" line="135" />
            <location filename="../review_panel.py" line="295" />
            <source>Consistency report</source>
            <translation>Informe de coherencia</translation>
        </message>
        <message>
            <location filename="../review_panel.py" line="141" />
            <source>Review history</source>
            <translation>Historial de la revisión</translation>
        </message>
        <message>
            <location filename="../review_panel.py" line="145" />
            <source>Readiness checklist</source>
            <translation>Lista de comprobación</translation>
        </message>
        <message>
            <location filename="../review_panel.py" line="150" />
            <source>Report sections</source>
            <translation>Secciones del informe</translation>
        </message>
        <message>
            <location filename="../review_panel.py" line="151" />
            <location filename="../review_panel.py" line="262" />
            <source>Checklist</source>
            <translation>Comprobación</translation>
        </message>
        <message>
            <location filename="../review_panel.py" line="152" />
            <source>Facts × channels</source>
            <translation>Datos × canales</translation>
        </message>
        <message>
            <location filename="../review_panel.py" line="153" />
            <source>Report</source>
            <translation>Informe</translation>
        </message>
        <message>
            <location filename="../review_panel.py" line="155" />
            <source>History</source>
            <translation>Historial</translation>
        </message>
        <message>
            <location filename="../review_panel.py" line="216" />
            <source>{0}/100</source>
            <translation>{0}/100</translation>
        </message>
        <message>
            <location filename="../review_panel.py" line="217" />
            <source>Consistency score (see “How it is computed” in the report)</source>
            <translation>Puntuación de coherencia (véase «Cómo se calcula» en el informe)</translation>
        </message>
        <message>
            <location filename="../review_panel.py" line="218" />
            <source>Status: {0} · revision {1}</source>
            <translation>Estado: {0} · revisión {1}</translation>
        </message>
        <message numerus="yes">
            <location filename="../review_panel.py" line="222" />
            <source>%n item(s) block approval and export</source>
            <translation>
                <numerusform>%n punto bloquea la aprobación y la exportación</numerusform>
                <numerusform>%n puntos bloquean la aprobación y la exportación</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../review_panel.py" line="239" />
            <source>✓ Nothing blocks approval or export.</source>
            <translation>✓ Nada bloquea la aprobación ni la exportación.</translation>
        </message>
        <message>
            <location filename="../review_panel.py" line="241" />
            <source>Blocks approval and export</source>
            <translation>Bloquea la aprobación y la exportación</translation>
        </message>
        <message>
            <location filename="../review_panel.py" line="242" />
            <source>Worth a look (does not block)</source>
            <translation>Conviene revisarlo (no bloquea)</translation>
        </message>
        <message>
            <location filename="../review_panel.py" line="262" />
            <source>Checklist ({0})</source>
            <translation>Comprobación ({0})</translation>
        </message>
        <message>
            <location filename="../review_panel.py" line="329" />
            <source>found</source>
            <translation>presente</translation>
        </message>
        <message>
            <location filename="../review_panel.py" line="330" />
            <source>missing</source>
            <translation>falta</translation>
        </message>
        <message>
            <location filename="../review_panel.py" line="331" />
            <source>conflict</source>
            <translation>contradicción</translation>
        </message>
        <message>
            <location filename="../review_panel.py" line="332" />
            <source>not needed</source>
            <translation>no aplica</translation>
        </message>
        <message>
            <location filename="../review_panel.py" line="345" />
            <source>waived</source>
            <translation>dispensado</translation>
        </message>
        <message>
            <location filename="../review_panel.py" line="382" />
            <source>Approval is blocked by {0} item(s) of the checklist:</source>
            <extracomment>whether the signed-in person may sign off, read with the report (None: not read yet)</extracomment>
            <translation>La aprobación está bloqueada por {0} punto(s) de la lista de comprobación:</translation>
        </message>
        <message>
            <location filename="../review_panel.py" line="384" />
            <source>… and {0} more</source>
            <translation>… y {0} más</translation>
        </message>
        <message>
            <location filename="../review_panel.py" line="406" />
            <source>Request changes</source>
            <translation>Pedir cambios</translation>
        </message>
        <message>
            <location filename="../review_panel.py" line="407" />
            <source>What should change?</source>
            <translation>¿Qué hay que cambiar?</translation>
        </message>
        <message>
            <location filename="../review_panel.py" line="418" />
            <source>The review step was refused</source>
            <translation>Se ha rechazado el paso de revisión</translation>
        </message>
        <message>
            <location filename="../review_panel.py" line="438" />
            <source>Save report as</source>
            <translation>Guardar el informe como</translation>
        </message>
        <message>
            <location filename="../review_panel.py" line="438" />
            <source>HTML page (*.html);;PDF document (*.pdf)</source>
            <translation>Página HTML (*.html);;Documento PDF (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>RevisionDiffDialog</name>
        <message>
            <location filename="../revision_diff.py" line="53" />
            <source>Compare revisions</source>
            <translation>Comparar revisiones</translation>
        </message>
        <message>
            <location filename="../revision_diff.py" line="56" />
            <source>&amp;From:</source>
            <translation>&amp;De:</translation>
        </message>
        <message>
            <location filename="../revision_diff.py" line="59" />
            <source>&amp;To:</source>
            <translation>&amp;A:</translation>
        </message>
        <message>
            <location filename="../revision_diff.py" line="70" />
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <location filename="../revision_diff.py" line="70" />
            <source>Before</source>
            <translation>Antes</translation>
        </message>
        <message>
            <location filename="../revision_diff.py" line="70" />
            <source>After</source>
            <translation>Después</translation>
        </message>
        <message>
            <location filename="../revision_diff.py" line="79" />
            <source>Fields that differ</source>
            <translation>Campos que cambian</translation>
        </message>
        <message>
            <location filename="../revision_diff.py" line="90" />
            <source>Revision {0} · {1} · {2}</source>
            <translation>Revisión {0} · {1} · {2}</translation>
        </message>
        <message>
            <location filename="../revision_diff.py" line="111" />
            <source>This campaign has no revisions yet.</source>
            <translation>Esta campaña aún no tiene revisiones.</translation>
        </message>
        <message numerus="yes">
            <location filename="../revision_diff.py" line="115" />
            <source>%n field(s) differ</source>
            <translation>
                <numerusform>Cambia %n campo</numerusform>
                <numerusform>Cambian %n campos</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../revision_diff.py" line="115" />
            <source>Same content.</source>
            <translation>Mismo contenido.</translation>
        </message>
        <message>
            <location filename="../revision_diff.py" line="131" />
            <source>(empty)</source>
            <translation>(vacío)</translation>
        </message>
        <message>
            <location filename="../revision_diff.py" line="131" />
            <source>yes</source>
            <translation>sí</translation>
        </message>
        <message>
            <location filename="../revision_diff.py" line="131" />
            <source>no</source>
            <translation>no</translation>
        </message>
    </context>
    <context>
        <name>RulesBrowser</name>
        <message>
            <location filename="../rules_browser.py" line="181" />
            <source>Problems with the brand rules</source>
            <extracomment>what the search box matches: the texts shown and the rule's id</extracomment>
            <translation>Problemas de las reglas de marca</translation>
        </message>
        <message>
            <location filename="../rules_browser.py" line="187" />
            <source>Filter rules (id, message, kind…)</source>
            <translation>Filtrar reglas (id, mensaje, tipo…)</translation>
        </message>
        <message>
            <location filename="../rules_browser.py" line="189" />
            <source>Filter rules</source>
            <translation>Filtrar reglas</translation>
        </message>
        <message>
            <location filename="../rules_browser.py" line="191" />
            <source>Channel whose rules are shown</source>
            <translation>Canal cuyas reglas se muestran</translation>
        </message>
        <message>
            <location filename="../rules_browser.py" line="192" />
            <source>studio.ini can turn rules on and off for every channel or for one</source>
            <translation>studio.ini puede activar y desactivar reglas para todos los canales o para uno</translation>
        </message>
        <message>
            <location filename="../rules_browser.py" line="193" />
            <source>&amp;Channel:</source>
            <translation>&amp;Canal:</translation>
        </message>
        <message>
            <location filename="../rules_browser.py" line="197" />
            <source>Read the rule files again</source>
            <translation>Volver a leer los archivos de reglas</translation>
        </message>
        <message>
            <location filename="../rules_browser.py" line="198" />
            <source>Reload the rules</source>
            <translation>Recargar las reglas</translation>
        </message>
        <message>
            <location filename="../rules_browser.py" line="208" />
            <location filename="../rules_browser.py" line="260" />
            <source>Rule</source>
            <translation>Regla</translation>
        </message>
        <message>
            <location filename="../rules_browser.py" line="208" />
            <source>Level</source>
            <translation>Nivel</translation>
        </message>
        <message>
            <location filename="../rules_browser.py" line="208" />
            <location filename="../rules_browser.py" line="296" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../rules_browser.py" line="208" />
            <location filename="../rules_browser.py" line="297" />
            <source>Category</source>
            <translation>Categoría</translation>
        </message>
        <message>
            <location filename="../rules_browser.py" line="208" />
            <location filename="../rules_browser.py" line="293" />
            <source>Message</source>
            <translation>Mensaje</translation>
        </message>
        <message>
            <location filename="../rules_browser.py" line="218" />
            <source>Brand rules</source>
            <translation>Reglas de marca</translation>
        </message>
        <message>
            <location filename="../rules_browser.py" line="239" />
            <source>Read-only: only a brand manager changes the brand rules.</source>
            <translation>Solo lectura: solo un responsable de marca cambia las reglas de marca.</translation>
        </message>
        <message>
            <location filename="../rules_browser.py" line="241" />
            <source>Read-only</source>
            <translation>Solo lectura</translation>
        </message>
        <message>
            <location filename="../rules_browser.py" line="264" />
            <source>What studio.ini makes of the rule</source>
            <translation>Qué hace studio.ini con la regla</translation>
        </message>
        <message>
            <location filename="../rules_browser.py" line="268" />
            <source>Why the rule does not load</source>
            <translation>Por qué no se carga la regla</translation>
        </message>
        <message>
            <location filename="../rules_browser.py" line="271" />
            <location filename="../rules_browser.py" line="641" />
            <source>&amp;Enabled</source>
            <translation>&amp;Activada</translation>
        </message>
        <message>
            <location filename="../rules_browser.py" line="272" />
            <source>Rule enabled</source>
            <translation>Regla activada</translation>
        </message>
        <message>
            <location filename="../rules_browser.py" line="275" />
            <source>Rule level</source>
            <translation>Nivel de la regla</translation>
        </message>
        <message>
            <location filename="../rules_browser.py" line="282" />
            <source>&amp;Level:</source>
            <translation>&amp;Nivel:</translation>
        </message>
        <message>
            <location filename="../rules_browser.py" line="294" />
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <location filename="../rules_browser.py" line="295" />
            <source>Link</source>
            <translation>Enlace</translation>
        </message>
        <message>
            <location filename="../rules_browser.py" line="298" />
            <source>Channels</source>
            <translation>Canales</translation>
        </message>
        <message>
            <location filename="../rules_browser.py" line="299" />
            <source>Locales</source>
            <translation>Idiomas</translation>
        </message>
        <message>
            <location filename="../rules_browser.py" line="300" />
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <location filename="../rules_browser.py" line="313" />
            <source>Rule file source</source>
            <translation>Código del archivo de la regla</translation>
        </message>
        <message>
            <location filename="../rules_browser.py" line="314" />
            <source>Source</source>
            <translation>Código</translation>
        </message>
        <message>
            <location filename="../rules_browser.py" line="330" />
            <source>Every channel</source>
            <translation>Todos los canales</translation>
        </message>
        <message>
            <location filename="../rules_browser.py" line="331" />
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <location filename="../rules_browser.py" line="332" />
            <source>SMS</source>
            <translation>SMS</translation>
        </message>
        <message>
            <location filename="../rules_browser.py" line="333" />
            <source>Every social post</source>
            <translation>Todas las publicaciones sociales</translation>
        </message>
        <message>
            <location filename="../rules_browser.py" line="334" />
            <source>X</source>
            <translation>X</translation>
        </message>
        <message>
            <location filename="../rules_browser.py" line="335" />
            <source>Instagram</source>
            <translation>Instagram</translation>
        </message>
        <message>
            <location filename="../rules_browser.py" line="336" />
            <source>Facebook</source>
            <translation>Facebook</translation>
        </message>
        <message>
            <location filename="../rules_browser.py" line="337" />
            <source>LinkedIn</source>
            <translation>LinkedIn</translation>
        </message>
        <message>
            <location filename="../rules_browser.py" line="338" />
            <source>Signage</source>
            <translation>Cartelería</translation>
        </message>
        <message>
            <location filename="../rules_browser.py" line="345" />
            <source>existence</source>
            <translation>presencia</translation>
        </message>
        <message>
            <location filename="../rules_browser.py" line="346" />
            <source>substitution</source>
            <translation>sustitución</translation>
        </message>
        <message>
            <location filename="../rules_browser.py" line="347" />
            <source>occurrence</source>
            <translation>frecuencia</translation>
        </message>
        <message>
            <location filename="../rules_browser.py" line="348" />
            <source>repetition</source>
            <translation>repetición</translation>
        </message>
        <message>
            <location filename="../rules_browser.py" line="349" />
            <location filename="../rules_browser.py" line="367" />
            <source>consistency</source>
            <translation>coherencia</translation>
        </message>
        <message>
            <location filename="../rules_browser.py" line="350" />
            <source>conditional</source>
            <translation>condicional</translation>
        </message>
        <message>
            <location filename="../rules_browser.py" line="351" />
            <source>capitalization</source>
            <translation>mayúsculas</translation>
        </message>
        <message>
            <location filename="../rules_browser.py" line="352" />
            <source>spelling</source>
            <translation>ortografía</translation>
        </message>
        <message>
            <location filename="../rules_browser.py" line="346" />
            <source>shouting</source>
            <translation>mayúsculas (gritos)</translation>
        </message>
        <message>
            <location filename="../rules_browser.py" line="353" />
            <source>sequence</source>
            <translation>secuencia</translation>
        </message>
        <message>
            <location filename="../rules_browser.py" line="354" />
            <source>metric</source>
            <translation>métrica</translation>
        </message>
        <message>
            <location filename="../rules_browser.py" line="355" />
            <source>script</source>
            <translation>script</translation>
        </message>
        <message>
            <location filename="../rules_browser.py" line="356" />
            <source>limit</source>
            <translation>límite</translation>
        </message>
        <message>
            <location filename="../rules_browser.py" line="357" />
            <source>required</source>
            <translation>obligatorio</translation>
        </message>
        <message>
            <location filename="../rules_browser.py" line="358" />
            <source>formality</source>
            <translation>tratamiento</translation>
        </message>
        <message>
            <location filename="../rules_browser.py" line="359" />
            <location filename="../rules_browser.py" line="368" />
            <source>language</source>
            <translation>idioma</translation>
        </message>
        <message>
            <location filename="../rules_browser.py" line="360" />
            <source>price history</source>
            <translation>historial de precios</translation>
        </message>
        <message>
            <location filename="../rules_browser.py" line="366" />
            <source>channel</source>
            <translation>canal</translation>
        </message>
        <message>
            <location filename="../rules_browser.py" line="369" />
            <source>policy</source>
            <translation>política</translation>
        </message>
        <message>
            <location filename="../rules_browser.py" line="370" />
            <source>tone</source>
            <translation>tono</translation>
        </message>
        <message>
            <location filename="../rules_browser.py" line="376" />
            <source>suggestion</source>
            <translation>sugerencia</translation>
        </message>
        <message>
            <location filename="../rules_browser.py" line="377" />
            <source>warning</source>
            <translation>aviso</translation>
        </message>
        <message>
            <location filename="../rules_browser.py" line="378" />
            <source>error</source>
            <translation>error</translation>
        </message>
        <message numerus="yes">
            <location filename="../rules_browser.py" line="412" />
            <source>Rule files that do not load never run (%n):</source>
            <translation>
                <numerusform>Los archivos de reglas que no se cargan nunca se aplican (%n):</numerusform>
                <numerusform>Los archivos de reglas que no se cargan nunca se aplican (%n):</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../rules_browser.py" line="422" />
            <source>studio.ini has problems (those settings are ignored):</source>
            <translation>studio.ini tiene problemas (esos ajustes se ignoran):</translation>
        </message>
        <message numerus="yes">
            <location filename="../rules_browser.py" line="456" />
            <source>%n rule(s)</source>
            <translation>
                <numerusform>%n regla</numerusform>
                <numerusform>%n reglas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../rules_browser.py" line="458" />
            <source>%n rule(s) · studio checks, on unless switched off</source>
            <translation>
                <numerusform>%n regla · comprobación del estudio, activa salvo que se desactive</numerusform>
                <numerusform>%n reglas · comprobaciones del estudio, activas salvo que se desactiven</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../rules_browser.py" line="460" />
            <source>%n rule(s) · built into the studio</source>
            <translation>
                <numerusform>%n regla · incluida en el estudio</numerusform>
                <numerusform>%n reglas · incluidas en el estudio</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../rules_browser.py" line="489" />
            <source>line {0}: </source>
            <translation>línea {0}: </translation>
        </message>
        <message>
            <location filename="../rules_browser.py" line="492" />
            <source>This rule does not load, so it never runs:
{0}</source>
            <translation>Esta regla no se carga, así que nunca se aplica:
{0}</translation>
        </message>
        <message>
            <location filename="../rules_browser.py" line="515" />
            <source>Changed in studio.ini (the rule file says {0})</source>
            <translation>Cambiado en studio.ini (el archivo de la regla dice {0})</translation>
        </message>
        <message>
            <location filename="../rules_browser.py" line="576" />
            <source>No rule selected</source>
            <translation>Ninguna regla seleccionada</translation>
        </message>
        <message>
            <location filename="../rules_browser.py" line="577" />
            <source>Choose a rule to see what it checks and where it is on.</source>
            <translation>Elige una regla para ver qué comprueba y dónde está activada.</translation>
        </message>
        <message>
            <location filename="../rules_browser.py" line="599" />
            <source>every channel</source>
            <translation>todos los canales</translation>
        </message>
        <message>
            <location filename="../rules_browser.py" line="603" />
            <source>every locale</source>
            <translation>todos los idiomas</translation>
        </message>
        <message>
            <location filename="../rules_browser.py" line="607" />
            <source>built in (no file)</source>
            <translation>incluida en el estudio (sin archivo)</translation>
        </message>
        <message>
            <location filename="../rules_browser.py" line="614" />
            <source>{0} (the rule file's)</source>
            <translation>{0} (el del archivo de la regla)</translation>
        </message>
        <message>
            <location filename="../rules_browser.py" line="619" />
            <source>This rule does not load, so it never runs:</source>
            <translation>Esta regla no se carga, así que nunca se aplica:</translation>
        </message>
        <message>
            <location filename="../rules_browser.py" line="643" />
            <source>&amp;Enabled for {0}</source>
            <translation>&amp;Activada para {0}</translation>
        </message>
        <message>
            <location filename="../rules_browser.py" line="648" />
            <source>line {0}: {1}</source>
            <translation>línea {0}: {1}</translation>
        </message>
        <message>
            <location filename="../rules_browser.py" line="672" />
            <source>(the file cannot be read: {0})</source>
            <translation>(no se puede leer el archivo: {0})</translation>
        </message>
        <message>
            <location filename="../rules_browser.py" line="684" />
            <source>On everywhere: studio.ini says {1}.</source>
            <translation>Activada en todos los canales: studio.ini dice {1}.</translation>
        </message>
        <message>
            <location filename="../rules_browser.py" line="686" />
            <source>Off everywhere: studio.ini says {1}.</source>
            <translation>Desactivada en todos los canales: studio.ini dice {1}.</translation>
        </message>
        <message>
            <location filename="../rules_browser.py" line="690" />
            <source>On for {0}: studio.ini says {1}.</source>
            <translation>Activada para {0}: studio.ini dice {1}.</translation>
        </message>
        <message>
            <location filename="../rules_browser.py" line="692" />
            <source>Off for {0}: studio.ini says {1}.</source>
            <translation>Desactivada para {0}: studio.ini dice {1}.</translation>
        </message>
        <message>
            <location filename="../rules_browser.py" line="697" />
            <source>A studio check: on everywhere unless studio.ini switches it off.</source>
            <translation>Una comprobación del estudio: activa en todos los canales salvo que studio.ini la desactive.</translation>
        </message>
        <message>
            <location filename="../rules_browser.py" line="699" />
            <source>A studio check: on for {0} unless studio.ini switches it off.</source>
            <translation>Una comprobación del estudio: activa en {0} salvo que studio.ini la desactive.</translation>
        </message>
        <message>
            <location filename="../rules_browser.py" line="705" />
            <source>On everywhere: its style {1} is in BasedOnStyles of [{2}].</source>
            <translation>Activada en todos los canales: su estilo {1} está en BasedOnStyles de [{2}].</translation>
        </message>
        <message>
            <location filename="../rules_browser.py" line="707" />
            <source>Off everywhere: its style {1} is not in BasedOnStyles of [{2}].</source>
            <translation>Desactivada en todos los canales: su estilo {1} no está en BasedOnStyles de [{2}].</translation>
        </message>
        <message>
            <location filename="../rules_browser.py" line="711" />
            <source>On for {0}: its style {1} is in BasedOnStyles of [{2}].</source>
            <translation>Activada para {0}: su estilo {1} está en BasedOnStyles de [{2}].</translation>
        </message>
        <message>
            <location filename="../rules_browser.py" line="713" />
            <source>Off for {0}: its style {1} is not in BasedOnStyles of [{2}].</source>
            <translation>Desactivada para {0}: su estilo {1} no está en BasedOnStyles de [{2}].</translation>
        </message>
        <message>
            <location filename="../rules_browser.py" line="717" />
            <source>The rule file limits it to {0}, so it never checks this channel.</source>
            <translation>El archivo de la regla la limita a {0}, así que nunca revisa este canal.</translation>
        </message>
        <message>
            <location filename="../rules_browser.py" line="769" />
            <source>The change was not saved: {0}</source>
            <translation>El cambio no se ha guardado: {0}</translation>
        </message>
    </context>
    <context>
        <name>SendTestDialog</name>
        <message>
            <location filename="../previews/proof.py" line="57" />
            <source>Send a test email</source>
            <translation>Enviar un email de prueba</translation>
        </message>
        <message>
            <location filename="../previews/proof.py" line="61" />
            <source>The {0} email of “{1}”, exactly as exported, with “{2}” before its subject.</source>
            <translation>El email {0} de «{1}», exactamente como se exporta, con «{2}» delante del asunto.</translation>
        </message>
        <message>
            <location filename="../previews/proof.py" line="67" />
            <source>you@example.com</source>
            <translation>tu@ejemplo.com</translation>
        </message>
        <message>
            <location filename="../previews/proof.py" line="68" />
            <source>Send the test to</source>
            <translation>Enviar la prueba a</translation>
        </message>
        <message>
            <location filename="../previews/proof.py" line="70" />
            <source>&amp;To:</source>
            <translation>&amp;Para:</translation>
        </message>
        <message>
            <location filename="../previews/proof.py" line="72" />
            <source>Your SMTP server</source>
            <translation>Tu servidor SMTP</translation>
        </message>
        <message>
            <location filename="../previews/proof.py" line="75" />
            <source>SMTP server</source>
            <translation>Servidor SMTP</translation>
        </message>
        <message>
            <location filename="../previews/proof.py" line="79" />
            <source>SMTP port</source>
            <translation>Puerto SMTP</translation>
        </message>
        <message>
            <location filename="../previews/proof.py" line="82" />
            <source>STARTTLS (port 587)</source>
            <translation>STARTTLS (puerto 587)</translation>
        </message>
        <message>
            <location filename="../previews/proof.py" line="83" />
            <source>SSL/TLS (port 465)</source>
            <translation>SSL/TLS (puerto 465)</translation>
        </message>
        <message>
            <location filename="../previews/proof.py" line="84" />
            <source>None (local relay)</source>
            <translation>Ninguna (relé local)</translation>
        </message>
        <message>
            <location filename="../previews/proof.py" line="89" />
            <source>Connection security</source>
            <translation>Seguridad de la conexión</translation>
        </message>
        <message>
            <location filename="../previews/proof.py" line="92" />
            <source>SMTP user</source>
            <translation>Usuario SMTP</translation>
        </message>
        <message>
            <location filename="../previews/proof.py" line="93" />
            <source>empty: no login</source>
            <translation>vacío: sin inicio de sesión</translation>
        </message>
        <message>
            <location filename="../previews/proof.py" line="96" />
            <source>SMTP password</source>
            <translation>Contraseña SMTP</translation>
        </message>
        <message>
            <location filename="../previews/proof.py" line="97" />
            <source>empty: the one kept in the system keyring</source>
            <translation>vacía: la guardada en el llavero del sistema</translation>
        </message>
        <message>
            <location filename="../previews/proof.py" line="99" />
            <source>&amp;Server:</source>
            <translation>&amp;Servidor:</translation>
        </message>
        <message>
            <location filename="../previews/proof.py" line="100" />
            <source>&amp;Port:</source>
            <translation>Pue&amp;rto:</translation>
        </message>
        <message>
            <location filename="../previews/proof.py" line="101" />
            <source>S&amp;ecurity:</source>
            <translation>Se&amp;guridad:</translation>
        </message>
        <message>
            <location filename="../previews/proof.py" line="102" />
            <source>&amp;User:</source>
            <translation>&amp;Usuario:</translation>
        </message>
        <message>
            <location filename="../previews/proof.py" line="103" />
            <source>Pass&amp;word:</source>
            <translation>&amp;Contraseña:</translation>
        </message>
        <message>
            <location filename="../previews/proof.py" line="107" />
            <source>Sending status</source>
            <translation>Estado del envío</translation>
        </message>
        <message>
            <location filename="../previews/proof.py" line="109" />
            <source>Se&amp;nd test</source>
            <translation>&amp;Enviar prueba</translation>
        </message>
        <message>
            <location filename="../previews/proof.py" line="174" />
            <source>Sending to {0} through {1}…</source>
            <translation>Enviando a {0} a través de {1}…</translation>
        </message>
        <message>
            <location filename="../previews/proof.py" line="181" />
            <source>Sent to {0}. Check the inbox.</source>
            <translation>Enviado a {0}. Mira el buzón.</translation>
        </message>
        <message>
            <location filename="../previews/proof.py" line="190" />
            <source>Not sent: {0}</source>
            <translation>No enviado: {0}</translation>
        </message>
    </context>
    <context>
        <name>Severity</name>
        <message>
            <location filename="../problems.py" line="65" />
            <source>Error</source>
            <translation>Error</translation>
        </message>
        <message>
            <location filename="../problems.py" line="66" />
            <source>Warning</source>
            <translation>Aviso</translation>
        </message>
        <message>
            <location filename="../problems.py" line="67" />
            <source>Suggestion</source>
            <translation>Sugerencia</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <location filename="../keyboard.py" line="225" />
            <location filename="../keyboard.py" line="228" />
            <source>Keyboard shortcuts</source>
            <extracomment>Keys that move the current row of a list without meaning "open it".</extracomment>
            <translation>Atajos de teclado</translation>
        </message>
        <message>
            <location filename="../keyboard.py" line="229" />
            <source>Command</source>
            <translation>Orden</translation>
        </message>
        <message>
            <location filename="../keyboard.py" line="229" />
            <source>Keys</source>
            <translation>Teclas</translation>
        </message>
        <message>
            <location filename="../keyboard.py" line="246" />
            <source>F6 and Shift+F6 move between the panes; Tab and Shift+Tab move within them.</source>
            <translation>F6 y Mayús+F6 pasan de un panel a otro; Tab y Mayús+Tab recorren cada panel.</translation>
        </message>
    </context>
    <context>
        <name>SignageTab</name>
        <message>
            <location filename="../previews/signage.py" line="105" />
            <source>Print size:</source>
            <translation>Tamaño de impresión:</translation>
        </message>
        <message>
            <location filename="../previews/signage.py" line="107" />
            <source>Print size</source>
            <translation>Tamaño de impresión</translation>
        </message>
        <message>
            <location filename="../previews/signage.py" line="112" />
            <location filename="../previews/signage.py" line="134" />
            <source>Poster</source>
            <translation>Cartel</translation>
        </message>
        <message>
            <location filename="../previews/signage.py" line="113" />
            <source>Drawing the poster…</source>
            <translation>Dibujando el cartel…</translation>
        </message>
        <message>
            <location filename="../previews/signage.py" line="115" />
            <source>Actual size</source>
            <translation>Tamaño real</translation>
        </message>
        <message>
            <location filename="../previews/signage.py" line="117" />
            <source>Show the poster at actual size</source>
            <translation>Ver el cartel a tamaño real</translation>
        </message>
        <message>
            <location filename="../previews/signage.py" line="119" />
            <source>Pixel for pixel, to read the small print (double-click the poster)</source>
            <translation>Píxel a píxel, para leer la letra pequeña (doble clic en el cartel)</translation>
        </message>
        <message>
            <location filename="../previews/signage.py" line="138" />
            <source>Highlighted words</source>
            <translation>Palabras resaltadas</translation>
        </message>
        <message>
            <location filename="../previews/signage.py" line="185" />
            <source>{0}: {1} × {2} mm + {3} mm bleed</source>
            <translation>{0}: {1} × {2} mm + {3} mm de sangrado</translation>
        </message>
        <message>
            <location filename="../previews/signage.py" line="190" />
            <source>printed at {0} DPI</source>
            <translation>impreso a {0} ppp</translation>
        </message>
        <message>
            <location filename="../previews/signage.py" line="192" />
            <source>Preview drawn at {0} DPI: the print file has the same layout, sharper.</source>
            <translation>Vista previa a {0} ppp: el archivo de impresión tiene la misma composición, con más nitidez.</translation>
        </message>
        <message>
            <location filename="../previews/signage.py" line="203" />
            <source>On the poster ({0}): «{1}»</source>
            <translation>En el cartel ({0}): «{1}»</translation>
        </message>
        <message>
            <location filename="../previews/signage.py" line="241" />
            <source>The poster cannot be drawn: {0}</source>
            <translation>No se puede dibujar el cartel: {0}</translation>
        </message>
        <message>
            <location filename="../previews/signage.py" line="243" />
            <source>No poster: see the message above.</source>
            <translation>Sin cartel: mira el mensaje de arriba.</translation>
        </message>
    </context>
    <context>
        <name>SmsTab</name>
        <message>
            <location filename="../previews/sms.py" line="25" />
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <location filename="../previews/sms.py" line="27" />
            <source>Sender</source>
            <translation>Remitente</translation>
        </message>
        <message>
            <location filename="../previews/sms.py" line="31" />
            <source>Message bubble</source>
            <translation>Burbuja del mensaje</translation>
        </message>
        <message>
            <location filename="../previews/sms.py" line="32" />
            <source>Message text</source>
            <translation>Texto del mensaje</translation>
        </message>
        <message>
            <location filename="../previews/sms.py" line="74" />
            <source>Text message from {0}</source>
            <translation>SMS de {0}</translation>
        </message>
        <message>
            <location filename="../previews/sms.py" line="83" />
            <source>Segment {0} of {1}</source>
            <translation>Segmento {0} de {1}</translation>
        </message>
        <message numerus="yes">
            <location filename="../previews/sms.py" line="107" />
            <source>%n segment(s)</source>
            <translation>
                <numerusform>%n segmento</numerusform>
                <numerusform>%n segmentos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../previews/sms.py" line="108" />
            <source>%n character(s)</source>
            <translation>
                <numerusform>%n carácter</numerusform>
                <numerusform>%n caracteres</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../previews/sms.py" line="109" />
            <source>{0} left in this segment</source>
            <translation>quedan {0} en este segmento</translation>
        </message>
        <message>
            <location filename="../previews/sms.py" line="114" />
            <source>Not in the GSM-7 alphabet: {0}. That makes the whole message UCS-2: {1} characters a segment instead of {2} ({3} instead of {4} for a single message).</source>
            <translation>Fuera del alfabeto GSM-7: {0}. Por eso todo el mensaje va en UCS-2: {1} caracteres por segmento en lugar de {2} ({3} en lugar de {4} si es un solo mensaje).</translation>
        </message>
        <message>
            <location filename="../previews/sms.py" line="119" />
            <source>GSM-7: {0} characters in a single message, {1} a segment when longer; {2} count twice.</source>
            <translation>GSM-7: {0} caracteres en un solo mensaje y {1} por segmento si es más largo; {2} cuentan doble.</translation>
        </message>
        <message>
            <location filename="../previews/sms.py" line="122" />
            <source>Every other segment is tinted in the bubble.</source>
            <translation>En la burbuja, los segmentos alternos van sombreados.</translation>
        </message>
        <message numerus="yes">
            <location filename="../previews/sms.py" line="124" />
            <source>Over the brand's limit of %n segment(s).</source>
            <translation>
                <numerusform>Supera el límite de la marca de %n segmento.</numerusform>
                <numerusform>Supera el límite de la marca de %n segmentos.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StaffTab</name>
        <message>
            <location filename="../previews/staff.py" line="19" />
            <source>Brief title</source>
            <translation>Título de la ficha</translation>
        </message>
        <message>
            <location filename="../previews/staff.py" line="24" />
            <source>Staff brief</source>
            <translation>Ficha del personal</translation>
        </message>
        <message>
            <location filename="../previews/staff.py" line="36" />
            <source>{0} lines</source>
            <translation>{0} líneas</translation>
        </message>
        <message>
            <location filename="../previews/staff.py" line="36" />
            <source>One page (PDF) at export</source>
            <translation>Una página (PDF) al exportar</translation>
        </message>
    </context>
    <context>
        <name>Status</name>
        <message>
            <location filename="../campaign_model.py" line="30" />
            <source>Draft</source>
            <translation>Borrador</translation>
        </message>
        <message>
            <location filename="../campaign_model.py" line="31" />
            <source>In review</source>
            <translation>En revisión</translation>
        </message>
        <message>
            <location filename="../campaign_model.py" line="32" />
            <source>Approved</source>
            <translation>Aprobada</translation>
        </message>
        <message>
            <location filename="../campaign_model.py" line="33" />
            <source>Exported</source>
            <translation>Exportada</translation>
        </message>
    </context>
    <context>
        <name>TranslationsDialog</name>
        <message>
            <location filename="../translations.py" line="49" />
            <location filename="../translations.py" line="258" />
            <source>Translations</source>
            <extracomment>a state's background in the table (light tints, readable in both themes' text colours)</extracomment>
            <translation>Traducciones</translation>
        </message>
        <message>
            <location filename="../translations.py" line="55" />
            <source>&amp;Locale:</source>
            <translation>&amp;Idioma:</translation>
        </message>
        <message>
            <location filename="../translations.py" line="65" />
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <location filename="../translations.py" line="65" />
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../translations.py" line="73" />
            <source>Translated fields</source>
            <translation>Campos traducidos</translation>
        </message>
        <message>
            <location filename="../translations.py" line="92" />
            <source>Copy from &amp;primary</source>
            <translation>Copiar del &amp;principal</translation>
        </message>
        <message>
            <location filename="../translations.py" line="93" />
            <source>Copy all &amp;missing</source>
            <translation>Copiar todo lo que &amp;falta</translation>
        </message>
        <message>
            <location filename="../translations.py" line="94" />
            <source>&amp;Export XLIFF…</source>
            <translation>&amp;Exportar XLIFF…</translation>
        </message>
        <message>
            <location filename="../translations.py" line="95" />
            <source>&amp;Import XLIFF…</source>
            <translation>I&amp;mportar XLIFF…</translation>
        </message>
        <message>
            <location filename="../translations.py" line="143" />
            <source>Up to date</source>
            <translation>Al día</translation>
        </message>
        <message>
            <location filename="../translations.py" line="144" />
            <source>Outdated: the primary text changed</source>
            <translation>Desactualizada: el texto principal cambió</translation>
        </message>
        <message>
            <location filename="../translations.py" line="145" />
            <source>Missing</source>
            <translation>Falta</translation>
        </message>
        <message>
            <location filename="../translations.py" line="159" />
            <source>This campaign has one locale: nothing to translate.</source>
            <translation>Esta campaña tiene un solo idioma: no hay nada que traducir.</translation>
        </message>
        <message>
            <location filename="../translations.py" line="161" />
            <source>The campaign has problems to fix before its translations can be shown.</source>
            <translation>La campaña tiene problemas que corregir antes de poder mostrar sus traducciones.</translation>
        </message>
        <message>
            <location filename="../translations.py" line="180" />
            <source>{0} up to date · {1} outdated · {2} missing</source>
            <translation>{0} al día · {1} desactualizadas · {2} faltan</translation>
        </message>
        <message>
            <location filename="../translations.py" line="197" />
            <source>Primary ({0})</source>
            <translation>Principal ({0})</translation>
        </message>
        <message>
            <location filename="../translations.py" line="198" />
            <source>&amp;Translation ({0})</source>
            <translation>&amp;Traducción ({0})</translation>
        </message>
        <message>
            <location filename="../translations.py" line="238" />
            <source>Copy from primary</source>
            <translation>Copiar del principal</translation>
        </message>
        <message>
            <location filename="../translations.py" line="254" />
            <source>Copy missing translations</source>
            <translation>Copiar las traducciones que faltan</translation>
        </message>
        <message>
            <location filename="../translations.py" line="269" />
            <source>Folder for the XLIFF file</source>
            <translation>Carpeta para el archivo XLIFF</translation>
        </message>
        <message>
            <location filename="../translations.py" line="276" />
            <source>Cannot write {0}: {1}</source>
            <translation>No se puede escribir {0}: {1}</translation>
        </message>
        <message>
            <location filename="../translations.py" line="278" />
            <source>Written: {0}</source>
            <translation>Escrito: {0}</translation>
        </message>
        <message>
            <location filename="../translations.py" line="291" />
            <source>XLIFF files from the translators</source>
            <translation>Archivos XLIFF de los traductores</translation>
        </message>
        <message>
            <location filename="../translations.py" line="291" />
            <source>XLIFF (*.xlf *.xliff)</source>
            <translation>XLIFF (*.xlf *.xliff)</translation>
        </message>
        <message>
            <location filename="../translations.py" line="299" />
            <source>Nothing was imported:
{0}</source>
            <translation>No se ha importado nada:
{0}</translation>
        </message>
        <message>
            <location filename="../translations.py" line="302" />
            <source>Nothing was imported: {0}</source>
            <translation>No se ha importado nada: {0}</translation>
        </message>
        <message>
            <location filename="../translations.py" line="304" />
            <source>Import translations</source>
            <translation>Importar traducciones</translation>
        </message>
        <message>
            <location filename="../translations.py" line="305" />
            <source>{0} fields imported</source>
            <translation>{0} campos importados</translation>
        </message>
    </context>
    <context>
        <name>WebTab</name>
        <message>
            <location filename="../previews/web.py" line="17" />
            <source>Headline</source>
            <translation>Titular</translation>
        </message>
        <message>
            <location filename="../previews/web.py" line="21" />
            <source>Landing block</source>
            <translation>Bloque de la página de destino</translation>
        </message>
        <message>
            <location filename="../previews/web.py" line="34" />
            <source>Banners: {0}</source>
            <translation>Banners: {0}</translation>
        </message>
    </context>
    <context>
        <name>WhatsAppTab</name>
        <message>
            <location filename="../previews/whatsapp.py" line="120" />
            <source>Message bubble</source>
            <extracomment>WhatsApp's markers: one opens before a non-space (not inside a word) and closes after one.</extracomment>
            <translation>Burbuja del mensaje</translation>
        </message>
        <message>
            <location filename="../previews/whatsapp.py" line="123" />
            <source>Header</source>
            <translation>Cabecera</translation>
        </message>
        <message>
            <location filename="../previews/whatsapp.py" line="125" />
            <source>Message as WhatsApp shows it</source>
            <translation>Mensaje como lo muestra WhatsApp</translation>
        </message>
        <message>
            <location filename="../previews/whatsapp.py" line="139" />
            <source>As written (formatting marks and variables):</source>
            <translation>Tal como está escrito (marcas de formato y variables):</translation>
        </message>
        <message>
            <location filename="../previews/whatsapp.py" line="140" />
            <source>Message text</source>
            <translation>Texto del mensaje</translation>
        </message>
        <message>
            <location filename="../previews/whatsapp.py" line="128" />
            <source>Footer</source>
            <translation>Pie</translation>
        </message>
        <message>
            <location filename="../previews/whatsapp.py" line="171" />
            <location filename="../previews/whatsapp.py" line="175" />
            <source>Laura</source>
            <translation>Lucía</translation>
        </message>
        <message>
            <location filename="../previews/whatsapp.py" line="173" />
            <source>{{1}}: the customer's first name. WhatsApp fills it in for each customer when the message is sent; “{0}” is a sample.</source>
            <translation>{{1}}: el nombre del cliente. WhatsApp lo rellena para cada cliente al enviar el mensaje; «{0}» es un ejemplo.</translation>
        </message>
        <message>
            <location filename="../previews/whatsapp.py" line="204" />
            <source>Image: the campaign's hero image</source>
            <translation>Imagen: la imagen principal de la campaña</translation>
        </message>
        <message>
            <location filename="../previews/whatsapp.py" line="223" />
            <source>Button: {0}</source>
            <translation>Botón: {0}</translation>
        </message>
        <message>
            <location filename="../previews/whatsapp.py" line="231" />
            <source>header</source>
            <translation>cabecera</translation>
        </message>
        <message>
            <location filename="../previews/whatsapp.py" line="232" />
            <source>body</source>
            <translation>cuerpo</translation>
        </message>
        <message>
            <location filename="../previews/whatsapp.py" line="233" />
            <source>footer</source>
            <translation>pie</translation>
        </message>
        <message>
            <location filename="../previews/whatsapp.py" line="237" />
            <source>{0}: {1} / {2}</source>
            <translation>{0}: {1} / {2}</translation>
        </message>
        <message numerus="yes">
            <location filename="../previews/whatsapp.py" line="240" />
            <source>%n button(s)</source>
            <translation>
                <numerusform>%n botón</numerusform>
                <numerusform>%n botones</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WindowActions</name>
        <message>
            <location filename="../window/actions.py" line="46" />
            <source>&amp;New campaign…</source>
            <translation>&amp;Nueva campaña…</translation>
        </message>
        <message>
            <location filename="../window/actions.py" line="50" />
            <source>Create a campaign</source>
            <translation>Crear una campaña</translation>
        </message>
        <message>
            <location filename="../window/actions.py" line="53" />
            <source>&amp;Open workspace…</source>
            <translation>&amp;Abrir espacio de trabajo…</translation>
        </message>
        <message>
            <location filename="../window/actions.py" line="55" />
            <source>&amp;Save now</source>
            <translation>&amp;Guardar ahora</translation>
        </message>
        <message>
            <location filename="../window/actions.py" line="57" />
            <source>&amp;Export…</source>
            <translation>&amp;Exportar…</translation>
        </message>
        <message>
            <location filename="../window/actions.py" line="61" />
            <source>Export channel-ready files</source>
            <translation>Exportar los archivos listos para cada canal</translation>
        </message>
        <message>
            <location filename="../window/actions.py" line="64" />
            <source>Export &amp;approved campaigns…</source>
            <translation>Exportar las campañas apro&amp;badas…</translation>
        </message>
        <message>
            <location filename="../window/actions.py" line="66" />
            <source>&amp;Preferences…</source>
            <translation>&amp;Preferencias…</translation>
        </message>
        <message>
            <location filename="../window/actions.py" line="69" />
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <location filename="../window/actions.py" line="70" />
            <location filename="../window/actions.py" line="109" />
            <location filename="../window/actions.py" line="111" />
            <source>&amp;Undo</source>
            <translation>&amp;Deshacer</translation>
        </message>
        <message>
            <location filename="../window/actions.py" line="73" />
            <location filename="../window/actions.py" line="110" />
            <location filename="../window/actions.py" line="112" />
            <source>&amp;Redo</source>
            <translation>&amp;Rehacer</translation>
        </message>
        <message>
            <location filename="../window/actions.py" line="78" />
            <source>&amp;Find campaign</source>
            <translation>&amp;Buscar campaña</translation>
        </message>
        <message>
            <location filename="../window/actions.py" line="80" />
            <source>Apply all &amp;safe fixes</source>
            <translation>Aplicar todas las &amp;correcciones seguras</translation>
        </message>
        <message>
            <location filename="../window/actions.py" line="82" />
            <source>&amp;Next problem</source>
            <translation>Problema &amp;siguiente</translation>
        </message>
        <message>
            <location filename="../window/actions.py" line="84" />
            <source>Pre&amp;vious problem</source>
            <translation>Problema &amp;anterior</translation>
        </message>
        <message>
            <location filename="../window/actions.py" line="86" />
            <source>&amp;Reload</source>
            <translation>&amp;Recargar</translation>
        </message>
        <message>
            <location filename="../window/actions.py" line="87" />
            <source>Brand &amp;rules…</source>
            <translation>&amp;Reglas de marca…</translation>
        </message>
        <message>
            <location filename="../window/actions.py" line="88" />
            <source>Reload brand &amp;kit</source>
            <translation>Recargar el &amp;kit de marca</translation>
        </message>
        <message>
            <location filename="../window/actions.py" line="89" />
            <source>&amp;About Campaign Studio</source>
            <translation>&amp;Acerca de Campaign Studio</translation>
        </message>
        <message>
            <location filename="../window/actions.py" line="91" />
            <source>&amp;Problems panel</source>
            <translation>Panel de &amp;problemas</translation>
        </message>
        <message>
            <location filename="../window/actions.py" line="116" />
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <location filename="../window/actions.py" line="119" />
            <source>Open &amp;recent workspace</source>
            <translation>Abrir espacio de trabajo &amp;reciente</translation>
        </message>
        <message>
            <location filename="../window/actions.py" line="129" />
            <source>&amp;Edit</source>
            <translation>&amp;Edición</translation>
        </message>
        <message>
            <location filename="../window/actions.py" line="135" />
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <location filename="../window/actions.py" line="141" />
            <source>&amp;Review</source>
            <translation>&amp;Revisión</translation>
        </message>
        <message>
            <location filename="../window/actions.py" line="142" />
            <source>Brand &amp;kit</source>
            <translation>&amp;Kit de marca</translation>
        </message>
        <message>
            <location filename="../window/actions.py" line="145" />
            <source>&amp;Help</source>
            <translation>Ay&amp;uda</translation>
        </message>
        <message>
            <location filename="../window/actions.py" line="150" />
            <source>Main</source>
            <translation>Principal</translation>
        </message>
        <message>
            <location filename="../window/actions.py" line="168" />
            <source>Campaign Studio {0}

Author one campaign, publish it everywhere, and make sure every channel tells the same story.</source>
            <translation>Campaign Studio {0}

Escribe una campaña, publícala en todos los canales y asegúrate de que todos cuentan la misma historia.</translation>
        </message>
        <message>
            <location filename="../window/actions.py" line="171" />
            <source>About Campaign Studio</source>
            <translation>Acerca de Campaign Studio</translation>
        </message>
    </context>
    <context>
        <name>WindowBase</name>
        <message>
            <location filename="../window/base.py" line="152" />
            <source>The history and the audit log record your work under this name</source>
            <extracomment>the campaign list is in place (search, filters, scrolling work; the editor may still load) the workspace is attached: list, editor and panels are in place (the last campaign opens next) a campaign is open in the editor, its document in :attr:`doc` (opening reads it off the GUI thread: :attr:`opening` names it meanwhile) the campaign being read to be opened (no document yet: the editor says so), else None</extracomment>
            <translation>El historial y el registro de auditoría guardan tu trabajo con este nombre</translation>
        </message>
    </context>
    <context>
        <name>WindowCommands</name>
        <message>
            <location filename="../window_commands.py" line="29" />
            <source>Next p&amp;ane</source>
            <translation>Panel si&amp;guiente</translation>
        </message>
        <message>
            <location filename="../window_commands.py" line="30" />
            <source>Previous pan&amp;e</source>
            <translation>Panel a&amp;nterior</translation>
        </message>
        <message>
            <location filename="../window_commands.py" line="32" />
            <source>Email at &amp;desktop width</source>
            <translation>Email a ancho de &amp;escritorio</translation>
        </message>
        <message>
            <location filename="../window_commands.py" line="35" />
            <source>Email at &amp;mobile width</source>
            <translation>Email a ancho &amp;móvil</translation>
        </message>
        <message>
            <location filename="../window_commands.py" line="37" />
            <source>Nex&amp;t preview</source>
            <translation>&amp;Vista previa siguiente</translation>
        </message>
        <message>
            <location filename="../window_commands.py" line="39" />
            <source>Prev&amp;ious preview</source>
            <translation>Vista previa an&amp;terior</translation>
        </message>
        <message>
            <location filename="../window_commands.py" line="42" />
            <source>&amp;Submit for review</source>
            <translation>&amp;Enviar a revisión</translation>
        </message>
        <message>
            <location filename="../window_commands.py" line="44" />
            <source>&amp;Approve</source>
            <translation>&amp;Aprobar</translation>
        </message>
        <message>
            <location filename="../window_commands.py" line="46" />
            <source>Request &amp;changes…</source>
            <translation>&amp;Pedir cambios…</translation>
        </message>
        <message>
            <location filename="../window_commands.py" line="48" />
            <source>&amp;Open full report</source>
            <translation>Abrir el &amp;informe completo</translation>
        </message>
        <message>
            <location filename="../window_commands.py" line="49" />
            <source>&amp;Translations…</source>
            <translation>&amp;Traducciones…</translation>
        </message>
        <message>
            <location filename="../window_commands.py" line="50" />
            <source>Compare &amp;revisions…</source>
            <translation>Comparar &amp;revisiones…</translation>
        </message>
        <message>
            <location filename="../window_commands.py" line="51" />
            <source>Apply the selected fi&amp;x</source>
            <translation>Aplicar la corrección &amp;seleccionada</translation>
        </message>
        <message>
            <location filename="../window_commands.py" line="53" />
            <source>&amp;Waive the selected problem…</source>
            <translation>Dis&amp;pensar el problema seleccionado…</translation>
        </message>
        <message>
            <location filename="../window_commands.py" line="56" />
            <source>Edit the &amp;text of the selected problem</source>
            <translation>Editar el &amp;texto del problema seleccionado</translation>
        </message>
        <message>
            <location filename="../window_commands.py" line="58" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>Atajos de &amp;teclado</translation>
        </message>
        <message>
            <location filename="../window_commands.py" line="177" />
            <source>This campaign has no email.</source>
            <translation>Esta campaña no tiene email.</translation>
        </message>
        <message>
            <location filename="../window_commands.py" line="242" />
            <source>Select a problem first (F8 selects the next).</source>
            <translation>Selecciona antes un problema (F8 selecciona el siguiente).</translation>
        </message>
    </context>
    <context>
        <name>WorkspaceController</name>
        <message>
            <location filename="../window/workspace.py" line="54" />
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <location filename="../window/workspace.py" line="54" />
            <source>No campaign is approved yet.</source>
            <translation>Aún no hay ninguna campaña aprobada.</translation>
        </message>
        <message>
            <location filename="../window/workspace.py" line="66" />
            <source>Brand rules — {0}</source>
            <translation>Reglas de marca — {0}</translation>
        </message>
        <message>
            <location filename="../window/workspace.py" line="86" />
            <source>Brand kit reloaded.</source>
            <translation>Kit de marca recargado.</translation>
        </message>
        <message>
            <location filename="../window/workspace.py" line="97" />
            <source>Open a brand workspace</source>
            <translation>Abrir un espacio de trabajo de marca</translation>
        </message>
        <message>
            <location filename="../window/workspace.py" line="108" />
            <source>This folder is not a brand workspace</source>
            <translation>Esta carpeta no es un espacio de trabajo de marca</translation>
        </message>
        <message>
            <location filename="../window/workspace.py" line="116" />
            <source>No other workspaces yet</source>
            <translation>Aún no hay otros espacios de trabajo</translation>
        </message>
    </context>
    <context>
        <name>_HtmlHost</name>
        <message>
            <location filename="../previews/email.py" line="75" />
            <source>Email as customers see it</source>
            <extracomment>Width of the email in each view mode, in CSS pixels. none: the HTML follows each check at once (the check already waits for a pause in typing, and a newer request cancels a render still waiting); the preview shows ≤ 300 ms after the last key</extracomment>
            <translation>El correo tal como lo ven los clientes</translation>
        </message>
    </context>
</TS>