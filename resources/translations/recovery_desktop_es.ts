<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>Acerca de %1</translation>
    </message>
    <message>
        <source>App icon: a young sprout</source>
        <translation>Icono de la app: un brote joven</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>A self-help workbook for people in recovery and the people who support them. It is not treatment, diagnosis or therapy, and it does not replace meetings, sponsors, counsellors or doctors. If you are in danger, call your local emergency number; Crisis help in the toolbar lists help lines.</source>
        <translation>Un cuaderno de autoayuda para personas en recuperación y para quienes las acompañan. No es un tratamiento, un diagnóstico ni una terapia, y no sustituye a las reuniones, los padrinos o madrinas, los consejeros ni los médicos. Si estás en peligro, llama al número de emergencias de tu zona; «Ayuda en crisis», en la barra de herramientas, muestra líneas de ayuda.</translation>
    </message>
    <message>
        <source>Everything you write stays encrypted on this computer. The app makes no network connections: no accounts, no tracking, no update checks.</source>
        <translation>Todo lo que escribes se guarda cifrado en este ordenador. La app no se conecta a la red: sin cuentas, sin rastreo, sin buscar actualizaciones.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or any later version (%1). You may share and change it under those terms; it comes with no warranty. Not affiliated with any recovery organisation or fellowship.</source>
        <translation>Software libre bajo la Licencia Pública General de GNU, versión 3 o cualquier versión posterior (%1). Puedes compartirlo y modificarlo en esos términos; se ofrece sin garantía. No está vinculado a ninguna organización ni confraternidad de recuperación.</translation>
    </message>
    <message>
        <source>Built with Qt %1 and PySide6 %2.</source>
        <translation>Hecho con Qt %1 y PySide6 %2.</translation>
    </message>
</context>
<context>
    <name>AmendsPanel</name>
    <message>
        <source>People on my list</source>
        <translation>Personas de mi lista</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Willing yet</source>
        <translation>¿Ya hay disposición?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <source>How they were affected</source>
        <translation>Cómo les afectó</translation>
    </message>
    <message>
        <source>Add names from my Step 4</source>
        <translation>Añadir nombres de mi Paso 4</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>I am willing to make amends</source>
        <translation>Estoy dispuesto/a a reparar el daño</translation>
    </message>
    <message>
        <source>Added from your Step 4: %1</source>
        <translation>Añadido desde tu Paso 4: %1</translation>
    </message>
    <message>
        <source>Every name from your Step 4 resentments is already on the list.</source>
        <translation>Todos los nombres de los resentimientos de tu Paso 4 ya están en la lista.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Something unexpected went wrong (%1). Your saved entries are safe. If it keeps happening, set RECOVERY_DESKTOP_DEBUG=1 and report the details.</source>
        <translation>Algo inesperado salió mal (%1). Tus entradas guardadas están a salvo. Si vuelve a pasar, define RECOVERY_DESKTOP_DEBUG=1 e informa de los detalles.</translation>
    </message>
</context>
<context>
    <name>BehavioursPage</name>
    <message>
        <source>Behaviours and goals</source>
        <translation>Conductas y metas</translation>
    </message>
    <message>
        <source>Your behaviours</source>
        <translation>Tus conductas</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Mostrar archivadas</translation>
    </message>
    <message>
        <source>Add a behaviour</source>
        <translation>Añadir una conducta</translation>
    </message>
    <message>
        <source>in your own words</source>
        <translation>con tus propias palabras</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Behaviours status</source>
        <translation>Estado de las conductas</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renombrar</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>optional, e.g. my bottom lines</source>
        <translation>opcional, p. ej. mis límites básicos</translation>
    </message>
    <message>
        <source>per</source>
        <translation>por</translation>
    </message>
    <message>
        <source>Also a time</source>
        <translation>También una hora</translation>
    </message>
    <message>
        <source>My goal</source>
        <translation>Mi meta</translation>
    </message>
    <message>
        <source>In my own words</source>
        <translation>Con mis propias palabras</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Límite</translation>
    </message>
    <message>
        <source>What counts</source>
        <translation>Qué cuenta</translation>
    </message>
    <message>
        <source>Clean since</source>
        <translation>Sin hacerlo desde</translation>
    </message>
    <message>
        <source>Bottom lines (one a line)</source>
        <translation>Límites básicos (uno por línea)</translation>
    </message>
    <message>
        <source>This goal also covers</source>
        <translation>Esta meta también abarca</translation>
    </message>
    <message>
        <source>Per</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>A gentle note: stopping alcohol or some prescribed medicines suddenly can be dangerous for the body. Please talk to a doctor or pharmacist before you stop; they can help you do it safely.</source>
        <translation>Una nota con cariño: dejar el alcohol o algunos medicamentos recetados de golpe puede ser peligroso para el cuerpo. Habla con un médico o farmacéutico antes de dejarlo; pueden ayudarte a hacerlo con seguridad.</translation>
    </message>
    <message>
        <source>A note about stopping safely</source>
        <translation>Una nota sobre dejarlo con seguridad</translation>
    </message>
    <message>
        <source>Goal status</source>
        <translation>Estado de la meta</translation>
    </message>
    <message>
        <source>Save goal</source>
        <translation>Guardar meta</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (archivada)</translation>
    </message>
    <message>
        <source>Add a behaviour to set a goal for it.</source>
        <translation>Añade una conducta para ponerle una meta.</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>Recuperar</translation>
    </message>
    <message>
        <source>Added. Now you can set a goal for it.</source>
        <translation>Añadida. Ahora puedes ponerle una meta.</translation>
    </message>
    <message>
        <source>Renamed.</source>
        <translation>Renombrada.</translation>
    </message>
    <message>
        <source>Brought back.</source>
        <translation>Recuperada.</translation>
    </message>
    <message>
        <source>Archived: it is hidden from the quick log, and its history stays.</source>
        <translation>Archivada: no aparece en el registro rápido y su historial se conserva.</translation>
    </message>
    <message>
        <source>Entries or goals refer to it, so it was archived rather than removed: its history stays.</source>
        <translation>Hay entradas o metas que la usan, así que se archivó en lugar de quitarla: su historial se conserva.</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>Quitada.</translation>
    </message>
    <message>
        <source>Saved. Your earlier goals stay in the history.</source>
        <translation>Guardada. Tus metas anteriores siguen en el historial.</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>Show as table</source>
        <translation>Ver como tabla</translation>
    </message>
    <message>
        <source>A chart. Use “Show as table” beside it to read the same numbers.</source>
        <translation>Un gráfico. Usa «Ver como tabla», a su lado, para leer los mismos números.</translation>
    </message>
    <message>
        <source> (table)</source>
        <translation> (tabla)</translation>
    </message>
    <message>
        <source>Show as chart</source>
        <translation>Ver como gráfico</translation>
    </message>
</context>
<context>
    <name>CheckInPrinting</name>
    <message>
        <source>Print check-in…</source>
        <translation>Imprimir el check-in…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Save the weekly check-in as a PDF</source>
        <translation>Guardar el check-in semanal como PDF</translation>
    </message>
    <message>
        <source>Weekly check-in %1</source>
        <translation>Check-in semanal %1</translation>
    </message>
    <message>
        <source>Saved a PDF to %1 (not encrypted).</source>
        <translation>PDF guardado en %1 (sin cifrar).</translation>
    </message>
</context>
<context>
    <name>ChoiceField</name>
    <message>
        <source>Not chosen</source>
        <translation>Sin elegir</translation>
    </message>
</context>
<context>
    <name>ChoosePassphraseScreen</name>
    <message>
        <source>Choose a new passphrase</source>
        <translation>Elige una nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Your recovery key opened the vault. Pick a new passphrase you will remember; your recovery key keeps working as before.</source>
        <translation>Tu clave de recuperación abrió la bóveda. Elige una nueva frase de contraseña que vayas a recordar; tu clave de recuperación sigue funcionando como antes.</translation>
    </message>
    <message>
        <source>Save passphrase</source>
        <translation>Guardar frase de contraseña</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>The passphrase could not be saved. Please try again.</source>
        <translation>No se pudo guardar la frase de contraseña. Inténtalo de nuevo.</translation>
    </message>
</context>
<context>
    <name>CleanTimePage</name>
    <message>
        <source>Clean time</source>
        <translation>Tiempo limpio</translation>
    </message>
    <message>
        <source>Counted from the clean date of each goal of not doing it at all. A lapse logged in Urges and lapses starts that goal&apos;s count again; the days before it still count in your history.</source>
        <translation>Se cuenta desde la fecha limpia de cada meta de no hacerlo en absoluto. Un desliz registrado en «Impulsos y deslices» vuelve a empezar la cuenta de esa meta; los días anteriores siguen contando en tu historial.</translation>
    </message>
    <message>
        <source>Hide the counters (I prefer not to count)</source>
        <translation>Ocultar los contadores (prefiero no contar)</translation>
    </message>
    <message>
        <source>Set a clean date…</source>
        <translation>Poner una fecha limpia…</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Hitos</translation>
    </message>
    <message>
        <source>The milestones to mark, separated by commas: h for hours, d for days, m for months, y for years. For example: 24h, 30d, 60d, 90d, 6m, 9m, 1y, 18m.</source>
        <translation>Los hitos que quieres marcar, separados por comas: «h» para horas, «d» para días, «m» para meses e «y» para años. Por ejemplo: 24h, 30d, 60d, 90d, 6m, 9m, 1y, 18m.</translation>
    </message>
    <message>
        <source>And every year after that</source>
        <translation>Y cada año a partir de ahí</translation>
    </message>
    <message>
        <source>Save milestones</source>
        <translation>Guardar hitos</translation>
    </message>
    <message>
        <source>Restore the usual milestones</source>
        <translation>Volver a los hitos habituales</translation>
    </message>
    <message>
        <source>Milestones message</source>
        <translation>Mensaje de hitos</translation>
    </message>
    <message>
        <source>You reached %1 on %2. That took something; well done.</source>
        <translation>Llegaste a %1 el %2. Eso ha costado; bien hecho.</translation>
    </message>
    <message>
        <source>The counters are hidden. Your clean dates and history are kept; untick the box to see them again.</source>
        <translation>Los contadores están ocultos. Tus fechas limpias y tu historial se conservan; desmarca la casilla para volver a verlos.</translation>
    </message>
    <message>
        <source>No clean date yet. Clean time is counted for goals of not doing something at all; you can set one, with its date, under Behaviours and goals.</source>
        <translation>Todavía no hay fecha limpia. El tiempo limpio se cuenta para metas de no hacer algo en absoluto; puedes poner una, con su fecha, en «Conductas y metas».</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>These are not milestones I can read: %1. Use a number and h, d, m or y, like 30d or 1y. Nothing was changed.</source>
        <translation>Estos hitos no se pueden leer: %1. Usa un número seguido de «h», «d», «m» o «y», como 30d o 1y. No se cambió nada.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>The usual milestones are back.</source>
        <translation>Los hitos habituales han vuelto.</translation>
    </message>
</context>
<context>
    <name>CleanTimeView</name>
    <message>
        <source>Clean time and lapses</source>
        <translation>Tiempo limpio y deslices</translation>
    </message>
    <message>
        <source>Clean time</source>
        <translation>Tiempo limpio</translation>
    </message>
    <message>
        <source>Lapses</source>
        <translation>Deslices</translation>
    </message>
    <message>
        <source>Goal history</source>
        <translation>Historial de metas</translation>
    </message>
    <message>
        <source>Clean time is counted for goals of not doing it at all.</source>
        <translation>El tiempo limpio se cuenta para metas de no hacerlo en absoluto.</translation>
    </message>
    <message>
        <source>%1 days since %2. Longest stretch: %3 days. Clean days in all: %4. Lapses since you set this date: %5.</source>
        <translation>%1 días desde el %2. Racha más larga: %3 días. Días limpios en total: %4. Deslices desde que pusiste esta fecha: %5.</translation>
    </message>
    <message>
        <source>No goal set yet.</source>
        <translation>Todavía no hay meta.</translation>
    </message>
    <message>
        <source>Goals so far:</source>
        <translation>Metas hasta ahora:</translation>
    </message>
    <message>
        <source>%1 from %2%3</source>
        <translation>%1 desde el %2%3</translation>
    </message>
    <message>
        <source> to %1</source>
        <translation> hasta el %1</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare versions</source>
        <translation>Comparar versiones</translation>
    </message>
    <message>
        <source>Earlier version</source>
        <translation>Versión anterior</translation>
    </message>
    <message>
        <source>Later version</source>
        <translation>Versión posterior</translation>
    </message>
    <message>
        <source>Version %1, %2</source>
        <translation>Versión %1, %2</translation>
    </message>
    <message>
        <source>This version could not be opened.</source>
        <translation>No se pudo abrir esta versión.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Log a contact</source>
        <translation>Registrar un contacto</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <source>What you talked about (optional)</source>
        <translation>De qué hablasteis (opcional)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>CrisisCard</name>
    <message>
        <source>Crisis help</source>
        <translation>Ayuda en crisis</translation>
    </message>
    <message>
        <source>You deserve support right now</source>
        <translation>Mereces apoyo ahora mismo</translation>
    </message>
    <message>
        <source>If you or someone else is in immediate danger, call &lt;b&gt;%1&lt;/b&gt; now.</source>
        <translation>Si tú u otra persona estáis en peligro inmediato, llama ahora al &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>My people</source>
        <translation>Mi gente</translation>
    </message>
    <message>
        <source>(no number saved)</source>
        <translation>(sin número guardado)</translation>
    </message>
    <message>
        <source>Help lines</source>
        <translation>Líneas de ayuda</translation>
    </message>
    <message>
        <source>The app&apos;s numbers were last checked %1; they can change, so check the ones you rely on. If you have stopped alcohol or some medications suddenly and feel unwell, get medical help. This app is a self-help tool, not treatment.</source>
        <translation>Los números de la app se revisaron por última vez el %1; pueden cambiar, así que comprueba los que sean importantes para ti. Si has dejado el alcohol o algún medicamento de golpe y te encuentras mal, busca atención médica. Esta app es una herramienta de autoayuda, no un tratamiento.</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Teléfono: %1</translation>
    </message>
    <message>
        <source>Text: %1</source>
        <translation>Mensaje de texto: %1</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>Correo: %1</translation>
    </message>
    <message>
        <source>Phone or text: %1</source>
        <translation>Teléfono o mensaje: %1</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Tus datos</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>A backup is one encrypted file holding everything in your workbook. It opens with your passphrase or your recovery key, on this computer or another. Keep one somewhere else too: another disk, a USB stick or a synced folder.</source>
        <translation>Una copia de seguridad es un único archivo cifrado con todo lo de tu cuaderno. Se abre con tu frase de contraseña o tu clave de recuperación, en este ordenador o en otro. Guarda también una en otro sitio: otro disco, una memoria USB o una carpeta sincronizada.</translation>
    </message>
    <message>
        <source>It has been a while since you kept a backup somewhere else. When you have a moment, back up to another disk or a USB stick.</source>
        <translation>Hace tiempo que no guardas una copia de seguridad en otro sitio. Cuando tengas un momento, haz una copia en otro disco o en una memoria USB.</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Recordatorio</translation>
    </message>
    <message>
        <source>Automatic backups: one a day in the data folder, the last 7 days and 4 weeks.</source>
        <translation>Copias automáticas: una al día en la carpeta de datos, de los últimos 7 días y 4 semanas.</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Copias automáticas</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>Hacer una copia ahora…</translation>
    </message>
    <message>
        <source>Automatic backups: today&apos;s was made and checked.</source>
        <translation>Copias automáticas: la de hoy se hizo y se comprobó.</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup could not be made.</source>
        <translation>No se pudo hacer la copia automática de hoy.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia</translation>
    </message>
    <message>
        <source>Restores a backup into a new, empty folder, so the vault you have open now is not changed; or, if you tick the box below, in its place.</source>
        <translation>Restaura una copia en una carpeta nueva y vacía, así la bóveda que tienes abierta no cambia; o, si marcas la casilla de abajo, en su lugar.</translation>
    </message>
    <message>
        <source>Passphrase or recovery key of the backup</source>
        <translation>Frase de contraseña o clave de recuperación de la copia</translation>
    </message>
    <message>
        <source>Open the restored vault from the next start</source>
        <translation>Abrir la bóveda restaurada desde el próximo inicio</translation>
    </message>
    <message>
        <source>Replace the vault I have open now (it is kept aside, encrypted)</source>
        <translation>Sustituir la bóveda que tengo abierta (se guarda aparte, cifrada)</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>Restaurar una copia…</translation>
    </message>
    <message>
        <source>Something unexpected went wrong, so it was not finished.</source>
        <translation>Algo inesperado salió mal, así que no se terminó.</translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation>Sin terminar</translation>
    </message>
    <message>
        <source>Save the backup</source>
        <translation>Guardar la copia</translation>
    </message>
    <message>
        <source>Recovery Desktop backups (*.rdbackup)</source>
        <translation>Copias de Recovery Desktop (*.rdbackup)</translation>
    </message>
    <message>
        <source>Backed up to %1. It is encrypted and was checked after writing.</source>
        <translation>Copia guardada en %1. Está cifrada y se comprobó después de escribirla.</translation>
    </message>
    <message>
        <source>Making the backup…</source>
        <translation>Haciendo la copia…</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Elige una copia</translation>
    </message>
    <message>
        <source>Choose an empty folder for the restored vault</source>
        <translation>Elige una carpeta vacía para la bóveda restaurada</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restaurando…</translation>
    </message>
    <message>
        <source>Replace your vault with this backup?</source>
        <translation>¿Sustituir tu bóveda por esta copia?</translation>
    </message>
    <message>
        <source>Everything written since that backup was made will no longer be in your vault. The vault you have now is kept aside, still encrypted, in the data folder, and put back if the backup does not open. The app locks first.</source>
        <translation>Lo que hayas escrito después de hacer esa copia ya no estará en tu bóveda. La bóveda que tienes ahora se guarda aparte, todavía cifrada, en la carpeta de datos, y se recupera si la copia no se abre. Primero la app se bloquea.</translation>
    </message>
    <message>
        <source>Replace my vault</source>
        <translation>Sustituir mi bóveda</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The backup from %1 was restored into %2 and opened fine.</source>
        <translation>La copia del %1 se restauró en %2 y se abrió bien.</translation>
    </message>
    <message>
        <source>From the next start the app opens the vault in %1.</source>
        <translation>Desde el próximo inicio la app abrirá la bóveda de %1.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>No date</source>
        <translation>Sin fecha</translation>
    </message>
</context>
<context>
    <name>DetailForm</name>
    <message>
        <source>Where were you?</source>
        <translation>¿Dónde estabas?</translation>
    </message>
    <message>
        <source>Who were you with?</source>
        <translation>¿Con quién estabas?</translation>
    </message>
    <message>
        <source>What were you doing?</source>
        <translation>¿Qué estabas haciendo?</translation>
    </message>
    <message>
        <source>What set it off?</source>
        <translation>¿Qué lo desencadenó?</translation>
    </message>
    <message>
        <source>What kind of moment was it?</source>
        <translation>¿Qué tipo de momento era?</translation>
    </message>
    <message>
        <source>HALT: were you…</source>
        <translation>HALT: ¿tenías…</translation>
    </message>
    <message>
        <source>Feelings and how strong (0–10)</source>
        <translation>Sentimientos y su intensidad (0–10)</translation>
    </message>
    <message>
        <source>e.g. restless</source>
        <translation>p. ej. inquietud</translation>
    </message>
    <message>
        <source>Feeling %1</source>
        <translation>Sentimiento %1</translation>
    </message>
    <message>
        <source>Strength of feeling %1</source>
        <translation>Intensidad del sentimiento %1</translation>
    </message>
    <message>
        <source>What did the urge say?</source>
        <translation>¿Qué te decía el impulso?</translation>
    </message>
    <message>
        <source>not noted</source>
        <translation>sin anotar</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>How long until it eased?</source>
        <translation>¿Cuánto tardó en calmarse?</translation>
    </message>
    <message>
        <source>What helped before</source>
        <translation>Lo que te ayudó antes</translation>
    </message>
    <message>
        <source>What did you try?</source>
        <translation>¿Qué probaste?</translation>
    </message>
    <message>
        <source>How much was used or spent?</source>
        <translation>¿Cuánto se consumió o se gastó?</translation>
    </message>
    <message>
        <source>Next time I will try…</source>
        <translation>La próxima vez probaré…</translation>
    </message>
    <message>
        <source>A slip is information, not failure.</source>
        <translation>Un desliz es información, no un fracaso.</translation>
    </message>
    <message>
        <source>What helped you before: %1.</source>
        <translation>Lo que te ayudó antes: %1.</translation>
    </message>
</context>
<context>
    <name>DisputePrompts</name>
    <message>
        <source>Questions that may help</source>
        <translation>Preguntas que pueden ayudar</translation>
    </message>
    <message>
        <source>Tag a thought in B to see questions that fit it.</source>
        <translation>Etiqueta un pensamiento en B para ver preguntas que le encajen.</translation>
    </message>
</context>
<context>
    <name>FacilitatorDialog</name>
    <message>
        <source>Print for a facilitator</source>
        <translation>Imprimir para quien facilita el grupo</translation>
    </message>
    <message>
        <source>One PDF with a contents page: the worksheets and weekly check-ins you choose from a period, for a group facilitator or a sponsor.</source>
        <translation>Un solo PDF con una página de contenido: las hojas de trabajo y los check-ins semanales que elijas de un periodo, para quien facilita un grupo o para tu padrino o madrina.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>What to include</source>
        <translation>Qué incluir</translation>
    </message>
    <message>
        <source>Trigger-log summary (counts, times, top triggers)</source>
        <translation>Resumen del registro de desencadenantes (recuentos, horas, desencadenantes principales)</translation>
    </message>
    <message>
        <source>Weekly check-ins (from the reviews you saved)</source>
        <translation>Check-ins semanales (de las revisiones que guardaste)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>The start date is after the end date.</source>
        <translation>La fecha de inicio es posterior a la de fin.</translation>
    </message>
    <message>
        <source>Choose at least one thing to include.</source>
        <translation>Elige al menos una cosa para incluir.</translation>
    </message>
    <message>
        <source>Worksheets for my group</source>
        <translation>Hojas de trabajo para mi grupo</translation>
    </message>
    <message>
        <source>Nothing was saved in that period.</source>
        <translation>No se guardó nada en ese periodo.</translation>
    </message>
    <message>
        <source>Saved to %1 (not encrypted).</source>
        <translation>Guardado en %1 (sin cifrar).</translation>
    </message>
    <message>
        <source>Stopped; nothing was written.</source>
        <translation>Detenido; no se escribió nada.</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
</context>
<context>
    <name>FirstRunFlow</name>
    <message>
        <source>Set up your vault</source>
        <translation>Prepara tu bóveda</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Problems to fix</source>
        <translation>Cosas por corregir</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
</context>
<context>
    <name>GoalCounter</name>
    <message>
        <source>since %1</source>
        <translation>desde el %1</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>mañana</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>en %1</translation>
    </message>
    <message>
        <source>Next milestone: %1, on %2 (%3)</source>
        <translation>Próximo hito: %1, el %2 (%3)</translation>
    </message>
    <message>
        <source>Every milestone on your list is behind you.</source>
        <translation>Ya has pasado todos los hitos de tu lista.</translation>
    </message>
    <message>
        <source>Reached: </source>
        <translation>Alcanzados: </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Your first milestone is ahead.</source>
        <translation>Tu primer hito está por llegar.</translation>
    </message>
    <message>
        <source>Longest stretch: %1. Clean days in all: %2. Lapses since %3: %4.</source>
        <translation>Racha más larga: %1. Días limpios en total: %2. Deslices desde el %3: %4.</translation>
    </message>
</context>
<context>
    <name>ImportIntoNewVault</name>
    <message>
        <source>Make a new vault from an export</source>
        <translation>Crear una bóveda nueva a partir de una exportación</translation>
    </message>
    <message>
        <source>Makes a new, encrypted vault in an empty folder from a JSON export (for example one made on another computer). The vault you have open now is not changed.</source>
        <translation>Crea una bóveda nueva y cifrada en una carpeta vacía a partir de una exportación JSON (por ejemplo, una hecha en otro ordenador). La bóveda que tienes abierta no cambia.</translation>
    </message>
    <message>
        <source>New vault</source>
        <translation>Bóveda nueva</translation>
    </message>
    <message>
        <source>Recovery key of the new vault</source>
        <translation>Clave de recuperación de la bóveda nueva</translation>
    </message>
    <message>
        <source>Write this recovery key down now and keep it somewhere safe. It opens the new vault if you forget its passphrase, and it is not shown again.</source>
        <translation>Anota ahora esta clave de recuperación y guárdala en un lugar seguro. Abre la bóveda nueva si olvidas su frase de contraseña, y no se vuelve a mostrar.</translation>
    </message>
    <message>
        <source>Open the new vault from the next start</source>
        <translation>Abrir la bóveda nueva desde el próximo inicio</translation>
    </message>
    <message>
        <source>Make a new vault from an export…</source>
        <translation>Crear una bóveda nueva a partir de una exportación…</translation>
    </message>
    <message>
        <source>Choose an export</source>
        <translation>Elige una exportación</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Choose an empty folder for the new vault</source>
        <translation>Elige una carpeta vacía para la bóveda nueva</translation>
    </message>
    <message>
        <source>There is already a vault in %1, so nothing was changed there. Please choose an empty folder for the new vault.</source>
        <translation>Ya hay una bóveda en %1, así que no se cambió nada allí. Elige una carpeta vacía para la bóveda nueva.</translation>
    </message>
    <message>
        <source>Making the new vault…</source>
        <translation>Creando la bóveda nueva…</translation>
    </message>
    <message>
        <source>The new vault in %1 holds everything in the export. The vault you have open now is unchanged. The new vault&apos;s recovery key is:</source>
        <translation>La bóveda nueva de %1 contiene todo lo de la exportación. La bóveda que tienes abierta no ha cambiado. La clave de recuperación de la bóveda nueva es:</translation>
    </message>
    <message>
        <source>Made a new vault in %1.</source>
        <translation>Se creó una bóveda nueva en %1.</translation>
    </message>
    <message>
        <source>From the next start the app opens the new vault in %1. The vault you have open now is unchanged and stays where it is.</source>
        <translation>Desde el próximo inicio la app abrirá la bóveda nueva de %1. La bóveda que tienes abierta no cambia y se queda donde está.</translation>
    </message>
</context>
<context>
    <name>InsightsTab</name>
    <message>
        <source>Behaviour</source>
        <translation>Conducta</translation>
    </message>
    <message>
        <source>Print summary…</source>
        <translation>Imprimir resumen…</translation>
    </message>
    <message>
        <source>Something to notice</source>
        <translation>Algo para tener en cuenta</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Urges by weekday and hour</source>
        <translation>Impulsos por día de la semana y hora</translation>
    </message>
    <message>
        <source>Urges by weekday and hour, as a chart</source>
        <translation>Impulsos por día de la semana y hora, como gráfico</translation>
    </message>
    <message>
        <source>Urges by weekday and hour, as a table</source>
        <translation>Impulsos por día de la semana y hora, como tabla</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Urges</source>
        <translation>Impulsos</translation>
    </message>
    <message>
        <source>Kept to goal</source>
        <translation>Se mantuvo la meta</translation>
    </message>
    <message>
        <source>Lapses</source>
        <translation>Deslices</translation>
    </message>
    <message>
        <source>Mean strength</source>
        <translation>Intensidad media</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>Máximo</translation>
    </message>
    <message>
        <source>By behaviour</source>
        <translation>Por conducta</translation>
    </message>
    <message>
        <source>What set it off most</source>
        <translation>Lo que más lo desencadenó</translation>
    </message>
    <message>
        <source>Kinds of moment</source>
        <translation>Tipos de momento</translation>
    </message>
    <message>
        <source>HALT</source>
        <translation>HALT</translation>
    </message>
    <message>
        <source>The insights could not be worked out just now.</source>
        <translation>No se pudieron calcular las observaciones ahora mismo.</translation>
    </message>
    <message>
        <source>%1 urges logged in this period. You kept to your goal in %2% of them. Mean strength %3, strongest %4. Lapses: %5.</source>
        <translation>%1 impulsos registrados en este periodo. Mantuviste tu meta en el %2% de ellos. Intensidad media %3, máxima %4. Deslices: %5.</translation>
    </message>
    <message>
        <source>Nothing logged in this period yet.</source>
        <translation>Todavía no hay nada registrado en este periodo.</translation>
    </message>
    <message>
        <source>None noted yet</source>
        <translation>Nada anotado todavía</translation>
    </message>
    <message>
        <source>Something to notice: in the last four weeks you logged %1 urges or lapses around %2, up from %3 in the four weeks before, while %4 went from %5 to %6. When one behaviour eases, the pressure sometimes finds another outlet. That is common and says nothing bad about you. It may be worth a look, perhaps with someone you trust. (Lapses count twice in these numbers.)</source>
        <translation>Algo para tener en cuenta: en las últimas cuatro semanas registraste %1 impulsos o deslices relacionados con %2, frente a %3 en las cuatro semanas anteriores, mientras que %4 pasó de %5 a %6. Cuando una conducta se calma, a veces la presión busca otra salida. Es algo común y no dice nada malo de ti. Quizá valga la pena mirarlo, tal vez con alguien de confianza. (En estos números los deslices cuentan dos veces.)</translation>
    </message>
</context>
<context>
    <name>InventoryList</name>
    <message>
        <source>Who or what I resent</source>
        <translation>A quién o a qué le tengo resentimiento</translation>
    </message>
    <message>
        <source>The cause</source>
        <translation>La causa</translation>
    </message>
    <message>
        <source>What it affected</source>
        <translation>Lo que afectó</translation>
    </message>
    <message>
        <source>My part</source>
        <translation>Mi parte</translation>
    </message>
    <message>
        <source>The fear</source>
        <translation>El miedo</translation>
    </message>
    <message>
        <source>Why I have it</source>
        <translation>Por qué lo tengo</translation>
    </message>
    <message>
        <source>The situation</source>
        <translation>La situación</translation>
    </message>
    <message>
        <source>Where I was</source>
        <translation>Dónde estaba yo</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <source>Who was hurt</source>
        <translation>Quién salió herido</translation>
    </message>
    <message>
        <source>What I could do instead</source>
        <translation>Qué podría hacer en su lugar</translation>
    </message>
</context>
<context>
    <name>InventoryPanel</name>
    <message>
        <source>Keep this inventory extra private</source>
        <translation>Mantener este inventario extra privado</translation>
    </message>
    <message>
        <source>Extra private: these three lists, and any unsaved drafts of them, are left out of JSON and CSV copies unless you tick “Include entries marked extra private” when you export. In your vault they are encrypted either way.</source>
        <translation>Extra privado: estas tres listas, y sus borradores sin guardar, se dejan fuera de las copias JSON y CSV a menos que marques «Incluir entradas marcadas como extra privadas» al exportar. En tu bóveda están cifradas de todos modos.</translation>
    </message>
    <message>
        <source>Step 4 inventory</source>
        <translation>Inventario del Paso 4</translation>
    </message>
    <message>
        <source>Resentments</source>
        <translation>Resentimientos</translation>
    </message>
    <message>
        <source>Fears</source>
        <translation>Miedos</translation>
    </message>
    <message>
        <source>Conduct</source>
        <translation>Conducta</translation>
    </message>
</context>
<context>
    <name>ItemRows</name>
    <message>
        <source>Add a line</source>
        <translation>Añadir una línea</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>No tag</source>
        <translation>Sin etiqueta</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>Elemento %1</translation>
    </message>
</context>
<context>
    <name>JournalPanel</name>
    <message>
        <source>Journal entries</source>
        <translation>Entradas del diario</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
</context>
<context>
    <name>KeysAndDeletion</name>
    <message>
        <source>Keys and deleting</source>
        <translation>Claves y borrado</translation>
    </message>
    <message>
        <source>If you think someone saw your recovery key or copied your files, rotate the keys: the vault is re-encrypted under a new key and you get a new recovery key. Your passphrase stays the same.</source>
        <translation>Si crees que alguien vio tu clave de recuperación o copió tus archivos, renueva las claves: la bóveda se vuelve a cifrar con una clave nueva y recibes una clave de recuperación nueva. Tu frase de contraseña sigue siendo la misma.</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Tu frase de contraseña</translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation>Nueva clave de recuperación</translation>
    </message>
    <message>
        <source>Rotate keys</source>
        <translation>Renovar claves</translation>
    </message>
    <message>
        <source>Deleting removes your vault from this computer for good. Type %1 to unlock the button.</source>
        <translation>Borrar elimina tu bóveda de este ordenador para siempre. Escribe %1 para activar el botón.</translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation>Escribe %1 para confirmar</translation>
    </message>
    <message>
        <source>Also delete the automatic backups in the data folder</source>
        <translation>Borrar también las copias automáticas de la carpeta de datos</translation>
    </message>
    <message>
        <source>Delete all my data…</source>
        <translation>Borrar todos mis datos…</translation>
    </message>
    <message>
        <source>Keys rotated. Your new recovery key is %1. Write it down or print a new recovery kit now: the old recovery key no longer opens this vault. Backups made before now still open with the old one; delete them if it was seen.</source>
        <translation>Claves renovadas. Tu nueva clave de recuperación es %1. Anótala o imprime ahora un nuevo kit de recuperación: la clave antigua ya no abre esta bóveda. Las copias hechas antes de ahora se siguen abriendo con la antigua; bórralas si alguien la vio.</translation>
    </message>
    <message>
        <source>Rotating keys…</source>
        <translation>Renovando claves…</translation>
    </message>
    <message>
        <source>Delete all your data?</source>
        <translation>¿Borrar todos tus datos?</translation>
    </message>
    <message>
        <source>Your vault will be overwritten and removed from this folder%1. This cannot be undone. What it cannot reach: backups or exports you saved elsewhere, and old copies that SSDs and some file systems keep out of sight until they are reused.</source>
        <translation>Tu bóveda se sobrescribirá y se eliminará de esta carpeta%1. Esto no se puede deshacer. Lo que no alcanza: copias o exportaciones que guardaste en otro sitio, y copias antiguas que los SSD y algunos sistemas de archivos conservan ocultas hasta reutilizar el espacio.</translation>
    </message>
    <message>
        <source>, with its automatic backups</source>
        <translation>, con sus copias automáticas</translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation>Borrar todo</translation>
    </message>
    <message>
        <source>Keep my data</source>
        <translation>Conservar mis datos</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Tus datos</translation>
    </message>
    <message>
        <source>Your data was deleted from this computer (%1 files).</source>
        <translation>Tus datos se borraron de este ordenador (%1 archivos).</translation>
    </message>
</context>
<context>
    <name>LineDialog</name>
    <message>
        <source>Add a help line</source>
        <translation>Añadir una línea de ayuda</translation>
    </message>
    <message>
        <source>Edit a help line</source>
        <translation>Editar una línea de ayuda</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Number or address</source>
        <translation>Número o dirección</translation>
    </message>
    <message>
        <source>e.g. Call or text 988</source>
        <translation>p. ej. Llama o escribe al 988</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Hours, languages (optional)</source>
        <translation>Horario, idiomas (opcional)</translation>
    </message>
</context>
<context>
    <name>ListPanel</name>
    <message>
        <source>Worksheets</source>
        <translation>Hojas de trabajo</translation>
    </message>
    <message>
        <source>New worksheet</source>
        <translation>Nueva hoja de trabajo</translation>
    </message>
    <message>
        <source>SMART-style tools for working through urges, upsets and decisions. Everything stays in your encrypted vault. They are self-help exercises, not treatment.</source>
        <translation>Herramientas al estilo SMART para trabajar impulsos, disgustos y decisiones. Todo se queda en tu bóveda cifrada. Son ejercicios de autoayuda, no un tratamiento.</translation>
    </message>
    <message>
        <source>Worksheets that could not be loaded</source>
        <translation>Hojas de trabajo que no se pudieron cargar</translation>
    </message>
    <message>
        <source>Continue it</source>
        <translation>Continuarla</translation>
    </message>
    <message>
        <source>Discard it</source>
        <translation>Descartarla</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Search titles and contents</source>
        <translation>Buscar en títulos y contenido</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Conducta</translation>
    </message>
    <message>
        <source>All behaviours</source>
        <translation>Todas las conductas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Cualquier momento</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 31 days</source>
        <translation>Últimos 31 días</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Último año</translation>
    </message>
    <message>
        <source>Worksheets list</source>
        <translation>Lista de hojas de trabajo</translation>
    </message>
    <message>
        <source>No worksheets here yet. “New worksheet” starts one.</source>
        <translation>Todavía no hay hojas de trabajo aquí. «Nueva hoja de trabajo» empieza una.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Start from this one</source>
        <translation>Empezar a partir de esta</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Print the selected worksheet…</source>
        <translation>Imprimir la hoja de trabajo seleccionada…</translation>
    </message>
    <message>
        <source>Save the selected worksheet as PDF…</source>
        <translation>Guardar la hoja de trabajo seleccionada como PDF…</translation>
    </message>
    <message>
        <source>Print a blank one</source>
        <translation>Imprimir una en blanco</translation>
    </message>
    <message>
        <source>Save a blank one as PDF</source>
        <translation>Guardar una en blanco como PDF</translation>
    </message>
    <message>
        <source>Print for a facilitator…</source>
        <translation>Imprimir para quien facilita el grupo…</translation>
    </message>
</context>
<context>
    <name>LogTab</name>
    <message>
        <source>Any outcome</source>
        <translation>Cualquier resultado</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>words in triggers and notes</source>
        <translation>palabras en desencadenantes y notas</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Conducta</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Strength at least</source>
        <translation>Intensidad mínima</translation>
    </message>
    <message>
        <source>HALT</source>
        <translation>HALT</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Entries shown</source>
        <translation>Entradas mostradas</translation>
    </message>
    <message>
        <source>Log status</source>
        <translation>Estado del registro</translation>
    </message>
    <message>
        <source>Log an urge…</source>
        <translation>Registrar un impulso…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 entradas</translation>
    </message>
    <message>
        <source>%1+ entries</source>
        <translation>%1+ entradas</translation>
    </message>
    <message>
        <source>Choose an entry first.</source>
        <translation>Elige primero una entrada.</translation>
    </message>
    <message>
        <source>Undo the edit</source>
        <translation>Deshacer la edición</translation>
    </message>
    <message>
        <source>Undo the delete</source>
        <translation>Deshacer el borrado</translation>
    </message>
    <message>
        <source>Entry deleted. Undo brings it back.</source>
        <translation>Entrada borrada. «Deshacer» la recupera.</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>Deshecho.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Lock now (Ctrl+L)</source>
        <translation>Bloquear ahora (Ctrl+L)</translation>
    </message>
    <message>
        <source>Crisis help</source>
        <translation>Ayuda en crisis</translation>
    </message>
    <message>
        <source>Emergency and help-line numbers (Ctrl+Shift+H)</source>
        <translation>Números de emergencia y líneas de ayuda (Ctrl+Mayús+H)</translation>
    </message>
    <message>
        <source>Log an urge</source>
        <translation>Registrar un impulso</translation>
    </message>
    <message>
        <source>Log an urge or a lapse (Ctrl+U)</source>
        <translation>Registrar un impulso o un desliz (Ctrl+U)</translation>
    </message>
    <message>
        <source>Part of your vault is damaged</source>
        <translation>Parte de tu bóveda está dañada</translation>
    </message>
    <message>
        <source>A check found damage in the vault&apos;s file (for example from a failing disk). Nothing was changed. Keep working only if you must; restoring a backup is the safest next step.</source>
        <translation>Una comprobación encontró daños en el archivo de la bóveda (por ejemplo, por un disco que falla). No se cambió nada. Sigue trabajando solo si es necesario; restaurar una copia de seguridad es el paso siguiente más seguro.</translation>
    </message>
    <message>
        <source>The vault opened, but a page could not be shown (%1). Nothing was changed; please report this.</source>
        <translation>La bóveda se abrió, pero no se pudo mostrar una página (%1). No se cambió nada; por favor, informa de ello.</translation>
    </message>
    <message>
        <source>Not locked yet</source>
        <translation>Todavía sin bloquear</translation>
    </message>
    <message>
        <source>Your unsaved text on %1 could not be saved, so the workbook stays unlocked to keep it. Free some disk space, then lock again.</source>
        <translation>Tu texto sin guardar en %1 no se pudo guardar, así que el cuaderno sigue desbloqueado para conservarlo. Libera algo de espacio en disco y vuelve a bloquear.</translation>
    </message>
    <message>
        <source>Quit without saving?</source>
        <translation>¿Salir sin guardar?</translation>
    </message>
    <message>
        <source>Some unsaved text could not be saved. Quit anyway and lose it?</source>
        <translation>Hay texto sin guardar que no se pudo guardar. ¿Salir de todos modos y perderlo?</translation>
    </message>
    <message>
        <source>Quit and lose it</source>
        <translation>Salir y perderlo</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Quedarme</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Log a meeting</source>
        <translation>Registrar una reunión</translation>
    </message>
    <message>
        <source>Edit a meeting</source>
        <translation>Editar una reunión</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Fellowship or group</source>
        <translation>Confraternidad o grupo</translation>
    </message>
    <message>
        <source>e.g. Tuesday night discussion</source>
        <translation>p. ej. debate del martes por la noche</translation>
    </message>
    <message>
        <source>Meeting name</source>
        <translation>Nombre de la reunión</translation>
    </message>
    <message>
        <source>Open or closed</source>
        <translation>Abierta o cerrada</translation>
    </message>
    <message>
        <source>In person or online</source>
        <translation>Presencial o en línea</translation>
    </message>
    <message>
        <source>Kind of meeting</source>
        <translation>Tipo de reunión</translation>
    </message>
    <message>
        <source>I shared</source>
        <translation>Compartí</translation>
    </message>
    <message>
        <source>What stayed with you? (optional)</source>
        <translation>¿Qué te llevaste de ella? (opcional)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Problems to fix</source>
        <translation>Cosas por corregir</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>Log a meeting…</source>
        <translation>Registrar una reunión…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Meetings logged</source>
        <translation>Reuniones registradas</translation>
    </message>
    <message>
        <source>Home group:</source>
        <translation>Grupo base:</translation>
    </message>
    <message>
        <source>Home group fellowship</source>
        <translation>Confraternidad del grupo base</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Nombre del grupo</translation>
    </message>
    <message>
        <source>Home group name</source>
        <translation>Nombre del grupo base</translation>
    </message>
    <message>
        <source>Save home group</source>
        <translation>Guardar grupo base</translation>
    </message>
    <message>
        <source>Home group message</source>
        <translation>Mensaje del grupo base</translation>
    </message>
    <message>
        <source>Count 90 meetings in 90 days</source>
        <translation>Contar 90 reuniones en 90 días</translation>
    </message>
    <message>
        <source>90 in 90</source>
        <translation>90 en 90</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Fellowship or group</source>
        <translation>Confraternidad o grupo</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Compartí</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Meetings attended</source>
        <translation>Reuniones a las que fui</translation>
    </message>
    <message>
        <source>No meetings logged yet. After a meeting, “Log a meeting” keeps a note of it: who was there is never asked.</source>
        <translation>Todavía no hay reuniones registradas. Después de una reunión, «Registrar una reunión» guarda una nota: nunca se pregunta quién estaba.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrada</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>%1 logged</source>
        <translation>%1 registradas</translation>
    </message>
    <message>
        <source>Your 90 days are complete: %1 meetings.</source>
        <translation>Tus 90 días están completos: %1 reuniones.</translation>
    </message>
    <message>
        <source>Day %1 of 90: %2 meetings so far.</source>
        <translation>Día %1 de 90: %2 reuniones hasta ahora.</translation>
    </message>
    <message>
        <source>Delete this meeting?</source>
        <translation>¿Borrar esta reunión?</translation>
    </message>
    <message>
        <source>The meeting and its notes will be removed from your log.</source>
        <translation>La reunión y sus notas se quitarán de tu registro.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarla</translation>
    </message>
    <message>
        <source>Home group saved.</source>
        <translation>Grupo base guardado.</translation>
    </message>
    <message>
        <source>No home group set.</source>
        <translation>Sin grupo base.</translation>
    </message>
</context>
<context>
    <name>MoodDialog</name>
    <message>
        <source>Mood check-in</source>
        <translation>Cómo estás hoy</translation>
    </message>
    <message>
        <source>How are you today?</source>
        <translation>¿Cómo estás hoy?</translation>
    </message>
    <message>
        <source>A few seconds a day. Over weeks it shows patterns worth talking over with someone you trust or your clinician. Optional, and only in your vault.</source>
        <translation>Unos segundos al día. Con las semanas muestra patrones que vale la pena hablar con alguien de confianza o con tu profesional de salud. Es opcional y solo queda en tu bóveda.</translation>
    </message>
    <message>
        <source>Mood, from very low to very high</source>
        <translation>Ánimo, de muy bajo a muy alto</translation>
    </message>
    <message>
        <source>Anxiety (0 to 10)</source>
        <translation>Ansiedad (0 a 10)</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Sin registrar</translation>
    </message>
    <message>
        <source>Hours of sleep</source>
        <translation>Horas de sueño</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medicación</translation>
    </message>
    <message>
        <source>I have had thoughts of harming myself</source>
        <translation>He tenido pensamientos de hacerme daño</translation>
    </message>
    <message>
        <source>Only if you want to say. It helps to notice it, and help is there if so.</source>
        <translation>Solo si quieres decirlo. Ayuda darse cuenta, y si es así, hay ayuda disponible.</translation>
    </message>
    <message>
        <source>Anything else about today (optional)</source>
        <translation>Algo más sobre hoy (opcional)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Check-in status</source>
        <translation>Estado del registro de ánimo</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Save check-in</source>
        <translation>Guardar</translation>
    </message>
</context>
<context>
    <name>NewPassphraseForm</name>
    <message>
        <source>Show passphrase</source>
        <translation>Mostrar la frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Solidez de la frase de contraseña</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Escríbela otra vez</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Solidez</translation>
    </message>
    <message>
        <source>Use at least %1 characters.</source>
        <translation>Usa al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>Las dos frases de contraseña todavía no coinciden.</translation>
    </message>
</context>
<context>
    <name>NewVaultPassphraseDialog</name>
    <message>
        <source>A passphrase for the new vault</source>
        <translation>Una frase de contraseña para la bóveda nueva</translation>
    </message>
    <message>
        <source>The new vault in %1 opens with this passphrase. It can be the same as the one you use now, or a different one.</source>
        <translation>La bóveda nueva de %1 se abre con esta frase de contraseña. Puede ser la misma que usas ahora u otra distinta.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Make the new vault</source>
        <translation>Crear la bóveda nueva</translation>
    </message>
</context>
<context>
    <name>PassphraseStep</name>
    <message>
        <source>Choose a passphrase</source>
        <translation>Elige una frase de contraseña</translation>
    </message>
    <message>
        <source>Create my vault</source>
        <translation>Crear mi bóveda</translation>
    </message>
    <message>
        <source>Your passphrase locks and unlocks your vault. A few unrelated words are easier to remember than a jumble of symbols, and harder to guess.</source>
        <translation>Tu frase de contraseña bloquea y desbloquea tu bóveda. Unas cuantas palabras sin relación entre sí son más fáciles de recordar que un revoltijo de símbolos, y más difíciles de adivinar.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Please choose something you will remember. A forgotten passphrase cannot be reset, not even by the people who made this app. In the next step you get a recovery key: that is your way back in.</source>
        <translation>Elige algo que vayas a recordar. Una frase de contraseña olvidada no se puede restablecer, ni siquiera por quienes hicieron esta app. En el siguiente paso recibirás una clave de recuperación: es tu forma de volver a entrar.</translation>
    </message>
    <message>
        <source>Creating your vault… this takes a moment.</source>
        <translation>Creando tu bóveda… tarda un momento.</translation>
    </message>
    <message>
        <source>The vault could not be created because of an unexpected problem. Nothing was saved; please try again.</source>
        <translation>No se pudo crear la bóveda por un problema inesperado. No se guardó nada; inténtalo de nuevo.</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>Too short</source>
        <translation>Demasiado corta</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Débil</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Aceptable</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Sólida</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Muy sólida</translation>
    </message>
    <message>
        <source>Use at least %n characters.</source>
        <translation>Usa al menos %n caracteres.</translation>
    </message>
    <message>
        <source>A few more words would make it much harder to guess.</source>
        <translation>Unas cuantas palabras más la harían mucho más difícil de adivinar.</translation>
    </message>
    <message>
        <source>It contains a word that is often guessed first; try less common words.</source>
        <translation>Contiene una palabra que suele probarse primero; prueba con palabras menos comunes.</translation>
    </message>
    <message>
        <source>Repeated characters and runs like “abc” or “123” are easy to guess.</source>
        <translation>Los caracteres repetidos y las series como «abc» o «123» son fáciles de adivinar.</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>My people</source>
        <translation>Mi gente</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Crisis card</source>
        <translation>Tarjeta de crisis</translation>
    </message>
    <message>
        <source>Your sponsor, sponsees, facilitator, therapist, family and friends: who they are to you and how to reach them.</source>
        <translation>Tu padrino o madrina, tus ahijados, quien facilita tu grupo, tu terapeuta, tu familia y tus amistades: quiénes son para ti y cómo contactarles.</translation>
    </message>
    <message>
        <source>Add a person…</source>
        <translation>Añadir una persona…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Choose someone to see how to reach them.</source>
        <translation>Elige a alguien para ver cómo contactarle.</translation>
    </message>
    <message>
        <source>Nobody here yet. Add the people you can call on; a name is enough.</source>
        <translation>Todavía no hay nadie. Añade a las personas a las que puedes acudir; basta con un nombre.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>On your crisis card.</source>
        <translation>En tu tarjeta de crisis.</translation>
    </message>
    <message>
        <source>%1 will be removed from your people.</source>
        <translation>%1 se quitará de tus personas.</translation>
    </message>
    <message>
        <source>The %1 contacts you logged with them go too.</source>
        <translation>También se quitarán los %1 contactos que registraste con esta persona.</translation>
    </message>
    <message>
        <source>Remove this person?</source>
        <translation>¿Quitar a esta persona?</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>A note each time you reach out to your sponsor or anyone else here.</source>
        <translation>Una nota cada vez que contactas con tu padrino o madrina o con alguien más de aquí.</translation>
    </message>
    <message>
        <source>Log a contact…</source>
        <translation>Registrar un contacto…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Add a person first</source>
        <translation>Primero añade a una persona</translation>
    </message>
    <message>
        <source>Contacts are logged with someone from your people. Add them first.</source>
        <translation>Los contactos se registran con alguien de tus personas. Añádela primero.</translation>
    </message>
    <message>
        <source>Delete this contact?</source>
        <translation>¿Borrar este contacto?</translation>
    </message>
    <message>
        <source>This contact and its note will be removed from the log.</source>
        <translation>Este contacto y su nota se quitarán del registro.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarla</translation>
    </message>
    <message>
        <source>Crisis help shows the people you mark “On my crisis card” first, then these lines. Untick a line to leave it off the card. In immediate danger the card always says to call %1.</source>
        <translation>«Ayuda en crisis» muestra primero a las personas que marques como «En mi tarjeta de crisis» y después estas líneas. Desmarca una línea para dejarla fuera de la tarjeta. En peligro inmediato, la tarjeta siempre dice que llames al %1.</translation>
    </message>
    <message>
        <source>Help lines</source>
        <translation>Líneas de ayuda</translation>
    </message>
    <message>
        <source>Add a line…</source>
        <translation>Añadir una línea…</translation>
    </message>
    <message>
        <source>Restore the app&apos;s lines</source>
        <translation>Recuperar las líneas de la app</translation>
    </message>
    <message>
        <source>Show my crisis card</source>
        <translation>Mostrar mi tarjeta de crisis</translation>
    </message>
    <message>
        <source>[yours]</source>
        <translation>[tuya]</translation>
    </message>
    <message>
        <source>[edited]</source>
        <translation>[editada]</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Dates I choose</source>
        <translation>Fechas que elijo</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Add a person</source>
        <translation>Añadir una persona</translation>
    </message>
    <message>
        <source>Edit a person</source>
        <translation>Editar una persona</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>A name or a nickname</source>
        <translation>Un nombre o un apodo</translation>
    </message>
    <message>
        <source>Who they are to me</source>
        <translation>Quién es para mí</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Text messages</source>
        <translation>Mensajes de texto</translation>
    </message>
    <message>
        <source>If different from the phone</source>
        <translation>Si es distinto del teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Other way</source>
        <translation>Otra forma</translation>
    </message>
    <message>
        <source>An app, a username…</source>
        <translation>Una app, un nombre de usuario…</translation>
    </message>
    <message>
        <source>Good times to call, what helps (optional)</source>
        <translation>Buenos momentos para llamar, lo que ayuda (opcional)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>On my crisis card</source>
        <translation>En mi tarjeta de crisis</translation>
    </message>
    <message>
        <source>People on your crisis card are shown first when you open Crisis help.</source>
        <translation>Las personas de tu tarjeta de crisis se muestran primero al abrir «Ayuda en crisis».</translation>
    </message>
</context>
<context>
    <name>PlaintextExports</name>
    <message>
        <source>Copies to read elsewhere</source>
        <translation>Copias para leer en otro sitio</translation>
    </message>
    <message>
        <source>These copies are NOT encrypted: anyone who can open the file can read your entries. Make one only when you need it, and delete it when done.</source>
        <translation>Estas copias NO están cifradas: cualquiera que pueda abrir el archivo puede leer tus entradas. Haz una solo cuando la necesites y bórrala al terminar.</translation>
    </message>
    <message>
        <source>Include entries marked extra private</source>
        <translation>Incluir entradas marcadas como extra privadas</translation>
    </message>
    <message>
        <source>Export everything (JSON)…</source>
        <translation>Exportar todo (JSON)…</translation>
    </message>
    <message>
        <source>Export spreadsheets (CSV)…</source>
        <translation>Exportar hojas de cálculo (CSV)…</translation>
    </message>
    <message>
        <source>CSV writes one file per collection.</source>
        <translation>CSV escribe un archivo por colección.</translation>
    </message>
    <message>
        <source>A copy that is not encrypted</source>
        <translation>Una copia sin cifrar</translation>
    </message>
    <message>
        <source>The copy will NOT be encrypted: anyone who can open it can read your entries. Save it only somewhere you trust, and delete it when you are done.</source>
        <translation>La copia NO estará cifrada: cualquiera que pueda abrirla puede leer tus entradas. Guárdala solo en un sitio de confianza y bórrala cuando termines.</translation>
    </message>
    <message>
        <source>I understand, continue</source>
        <translation>Lo entiendo, continuar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Save the export</source>
        <translation>Guardar la exportación</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Exported %1 records to %2 (not encrypted).</source>
        <translation>Se exportaron %1 registros a %2 (sin cifrar).</translation>
    </message>
    <message>
        <source>Choose a folder for the CSV files</source>
        <translation>Elige una carpeta para los archivos CSV</translation>
    </message>
    <message>
        <source>Wrote %1 CSV files in %2 (not encrypted).</source>
        <translation>Se escribieron %1 archivos CSV en %2 (sin cifrar).</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>Print preview</source>
        <translation>Vista previa de impresión</translation>
    </message>
    <message>
        <source>A copy that is not encrypted</source>
        <translation>Una copia sin cifrar</translation>
    </message>
    <message>
        <source>The PDF will NOT be encrypted: anyone who can open it can read what it shows. Save it only somewhere you trust, and delete it when you are done.</source>
        <translation>El PDF NO estará cifrado: cualquiera que pueda abrirlo puede leer lo que muestra. Guárdalo solo en un sitio de confianza y bórralo cuando termines.</translation>
    </message>
    <message>
        <source>I understand, continue</source>
        <translation>Lo entiendo, continuar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Something went wrong while making the PDF; nothing was written.</source>
        <translation>Algo salió mal al crear el PDF; no se escribió nada.</translation>
    </message>
    <message>
        <source>The PDF was not saved</source>
        <translation>El PDF no se guardó</translation>
    </message>
</context>
<context>
    <name>PrintOptionsDialog</name>
    <message>
        <source>What to show on paper</source>
        <translation>Qué mostrar en papel</translation>
    </message>
    <message>
        <source>Printed pages and PDF files are not encrypted. Choose what they may show; the most private choices are already set.</source>
        <translation>Las páginas impresas y los archivos PDF no están cifrados. Elige lo que pueden mostrar; las opciones más privadas ya están marcadas.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Tu nombre</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nada</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre de pila</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Iniciales</translation>
    </message>
    <message>
        <source>An alias</source>
        <translation>Un alias</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Replace behaviour names with a neutral word</source>
        <translation>Cambiar los nombres de las conductas por una palabra neutra</translation>
    </message>
    <message>
        <source>Neutral word</source>
        <translation>Palabra neutra</translation>
    </message>
    <message>
        <source>my behaviour</source>
        <translation>mi conducta</translation>
    </message>
    <message>
        <source>Include fields marked private</source>
        <translation>Incluir campos marcados como privados</translation>
    </message>
    <message>
        <source>Include my Step 4 inventory (extra private)</source>
        <translation>Incluir mi inventario del Paso 4 (muy privado)</translation>
    </message>
    <message>
        <source>Show the app&apos;s name on each page</source>
        <translation>Mostrar el nombre de la app en cada página</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <source>As usual here</source>
        <translation>El habitual aquí</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Weekly check-in</source>
        <translation>Puesta en común semanal</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>Del %1 al %2</translation>
    </message>
    <message>
        <source>My goal</source>
        <translation>Mi meta</translation>
    </message>
    <message>
        <source>The week in numbers</source>
        <translation>La semana en números</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>A win</source>
        <translation>Un logro</translation>
    </message>
    <message>
        <source>A challenge</source>
        <translation>Un reto</translation>
    </message>
    <message>
        <source>Tools I used</source>
        <translation>Herramientas que usé</translation>
    </message>
    <message>
        <source>A topic for the group</source>
        <translation>Un tema para el grupo</translation>
    </message>
    <message>
        <source>My plan for the next 7 days</source>
        <translation>Mi plan para los próximos 7 días</translation>
    </message>
    <message>
        <source>What I will do</source>
        <translation>Qué haré</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who I can call</source>
        <translation>A quién puedo llamar</translation>
    </message>
    <message>
        <source>Week from ________ to ________</source>
        <translation>Semana del ________ al ________</translation>
    </message>
    <message>
        <source>Check-in: how the past week went. Check-out: the next 7 days. Share only what you want to.</source>
        <translation>Al llegar: cómo fue la semana pasada. Al salir: los próximos 7 días. Comparte solo lo que quieras.</translation>
    </message>
    <message>
        <source>My goal and target this week</source>
        <translation>Mi meta y mi objetivo esta semana</translation>
    </message>
    <message>
        <source>Days on plan (0 to 7)</source>
        <translation>Días según el plan (0 a 7)</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Urges this week</source>
        <translation>Impulsos esta semana</translation>
    </message>
    <message>
        <source>How many: ________    Average strength (0-10): ________    Strongest (0-10): ________</source>
        <translation>Cuántos: ________    Intensidad media (0-10): ________    El más fuerte (0-10): ________</translation>
    </message>
    <message>
        <source>ABC</source>
        <translation>ABC</translation>
    </message>
    <message>
        <source>Cost-benefit analysis</source>
        <translation>Análisis de costes y beneficios</translation>
    </message>
    <message>
        <source>Change plan</source>
        <translation>Plan de cambio</translation>
    </message>
    <message>
        <source>Hierarchy of values</source>
        <translation>Jerarquía de valores</translation>
    </message>
    <message>
        <source>DISARM</source>
        <translation>DISARM</translation>
    </message>
    <message>
        <source>Brainstorming</source>
        <translation>Lluvia de ideas</translation>
    </message>
    <message>
        <source>Role-play</source>
        <translation>Juego de roles</translation>
    </message>
    <message>
        <source>Urge log</source>
        <translation>Registro de impulsos</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Otra cosa</translation>
    </message>
    <message>
        <source>Who I can call: </source>
        <translation>A quién puedo llamar: </translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>my behaviour</source>
        <translation>mi conducta</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 horas</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 mes</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 meses</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 año</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 años</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>Support contacts</source>
        <translation>Contactos de apoyo</translation>
    </message>
    <message>
        <source>Step work</source>
        <translation>Trabajo de los pasos</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Hitos</translation>
    </message>
    <message>
        <source>attended %1, shared at %2</source>
        <translation>asistí a %1, compartí en %2</translation>
    </message>
    <message>
        <source>; 90 in 90: %1 meetings in %2 days</source>
        <translation>; 90 en 90: %1 reuniones en %2 días</translation>
    </message>
    <message>
        <source>with my sponsor %1, with others %2</source>
        <translation>con mi padrino o madrina %1, con otras personas %2</translation>
    </message>
    <message>
        <source>contacts %1</source>
        <translation>contactos %1</translation>
    </message>
    <message>
        <source>Fellowship %1</source>
        <translation>Confraternidad %1</translation>
    </message>
    <message>
        <source>%1 of 12 steps done</source>
        <translation>%1 de 12 pasos hechos</translation>
    </message>
    <message>
        <source>, working on Step %1</source>
        <translation>, trabajando en el Paso %1</translation>
    </message>
    <message>
        <source>, journal entries %1</source>
        <translation>, entradas del diario %1</translation>
    </message>
    <message>
        <source>Nightly reviews</source>
        <translation>Revisiones nocturnas</translation>
    </message>
    <message>
        <source>Goal %1</source>
        <translation>Meta %1</translation>
    </message>
    <message>
        <source>reached %1 on %2</source>
        <translation>alcanzado %1 el %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 el %2</translation>
    </message>
    <message>
        <source>Where I am with the steps</source>
        <translation>Dónde estoy con los pasos</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Paso %1</translation>
    </message>
    <message>
        <source>Urges each day</source>
        <translation>Impulsos cada día</translation>
    </message>
    <message>
        <source>No review was saved for this week: the numbers are drafted from what was logged, with space to write the rest by hand.</source>
        <translation>No se guardó una revisión para esta semana: los números salen de lo que registraste, y hay espacio para escribir el resto a mano.</translation>
    </message>
    <message>
        <source> (meeting)</source>
        <translation> (reunión)</translation>
    </message>
    <message>
        <source>Time on my goals</source>
        <translation>Tiempo con mis metas</translation>
    </message>
    <message>
        <source>Worksheets</source>
        <translation>Hojas de trabajo</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Ánimo</translation>
    </message>
    <message>
        <source>Last week&apos;s plan</source>
        <translation>El plan de la semana pasada</translation>
    </message>
    <message>
        <source>Urges logged</source>
        <translation>Impulsos registrados</translation>
    </message>
    <message>
        <source>%1, kept to my goal %2 (%3), lapses %4</source>
        <translation>%1, mantuve mi meta %2 (%3), deslices %4</translation>
    </message>
    <message>
        <source>Strength (0-10)</source>
        <translation>Intensidad (0-10)</translation>
    </message>
    <message>
        <source>average %1, strongest %2</source>
        <translation>media %1, máxima %2</translation>
    </message>
    <message>
        <source>urges %1, kept to goal %2, lapses %3</source>
        <translation>impulsos %1, meta mantenida %2, deslices %3</translation>
    </message>
    <message>
        <source>Hungry, angry, lonely, tired</source>
        <translation>Hambre, enfado, soledad, cansancio</translation>
    </message>
    <message>
        <source>%1 days (since %2)</source>
        <translation>%1 días (desde %2)</translation>
    </message>
    <message>
        <source>, next: %1</source>
        <translation>, siguiente: %1</translation>
    </message>
    <message>
        <source>, %1 lapses this week</source>
        <translation>, %1 deslices esta semana</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminadas</translation>
    </message>
    <message>
        <source>Started, still open</source>
        <translation>Empezadas, aún abiertas</translation>
    </message>
    <message>
        <source>check-ins %1, mood on average: %2</source>
        <translation>check-ins %1, ánimo medio: %2</translation>
    </message>
    <message>
        <source>, sleep on average %1 hours</source>
        <translation>, sueño medio %1 horas</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 de %2 hechas</translation>
    </message>
    <message>
        <source>, %1 partly</source>
        <translation>, %1 en parte</translation>
    </message>
    <message>
        <source>Actions done</source>
        <translation>Acciones hechas</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Empezado</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>With my sponsor</source>
        <translation>Con mi padrino o madrina</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>Mis notas</translation>
    </message>
    <message>
        <source>My step journal</source>
        <translation>Mi diario de los pasos</translation>
    </message>
    <message>
        <source>Step %1, %2</source>
        <translation>Paso %1, %2</translation>
    </message>
    <message>
        <source>The inventory is not included in this copy.</source>
        <translation>El inventario no se incluye en esta copia.</translation>
    </message>
    <message>
        <source>Hungry</source>
        <translation>Hambre</translation>
    </message>
    <message>
        <source>Angry</source>
        <translation>Enfado</translation>
    </message>
    <message>
        <source>Lonely</source>
        <translation>Soledad</translation>
    </message>
    <message>
        <source>Tired</source>
        <translation>Cansancio</translation>
    </message>
    <message>
        <source>Trigger log summary</source>
        <translation>Resumen del registro de desencadenantes</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Conducta</translation>
    </message>
    <message>
        <source>Urges</source>
        <translation>Impulsos</translation>
    </message>
    <message>
        <source>Kept to my goal</source>
        <translation>Mantuve mi meta</translation>
    </message>
    <message>
        <source>Lapses</source>
        <translation>Deslices</translation>
    </message>
    <message>
        <source>Average strength</source>
        <translation>Intensidad media</translation>
    </message>
    <message>
        <source>Strongest</source>
        <translation>El más fuerte</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Recuentos</translation>
    </message>
    <message>
        <source>When urges came (weekday by hour)</source>
        <translation>Cuándo llegaron los impulsos (día de la semana por hora)</translation>
    </message>
    <message>
        <source>Top triggers</source>
        <translation>Desencadenantes principales</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Desencadenante</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Veces</translation>
    </message>
    <message>
        <source>No triggers noted in this period.</source>
        <translation>No se anotaron desencadenantes en este periodo.</translation>
    </message>
    <message>
        <source>HALT: hungry, angry, lonely, tired</source>
        <translation>HALT: hambre, enfado, soledad, cansancio</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Sin empezar</translation>
    </message>
    <message>
        <source>Working on it</source>
        <translation>Trabajando en ello</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Revisiting</source>
        <translation>Revisando de nuevo</translation>
    </message>
    <message>
        <source>Step 8: people I have harmed</source>
        <translation>Paso 8: personas a las que hice daño</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>How it affected them</source>
        <translation>Cómo les afectó</translation>
    </message>
    <message>
        <source>Willing</source>
        <translation>Dispuesto/a</translation>
    </message>
    <message>
        <source>resentful</source>
        <translation>con resentimiento</translation>
    </message>
    <message>
        <source>selfish</source>
        <translation>egoísta</translation>
    </message>
    <message>
        <source>dishonest</source>
        <translation>deshonesto/a</translation>
    </message>
    <message>
        <source>afraid</source>
        <translation>con miedo</translation>
    </message>
    <message>
        <source>Step 10: nightly reviews</source>
        <translation>Paso 10: revisiones nocturnas</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Where I was</source>
        <translation>Cómo estuve</translation>
    </message>
    <message>
        <source>An apology I owe</source>
        <translation>Una disculpa que debo</translation>
    </message>
    <message>
        <source>Amends made</source>
        <translation>Reparaciones hechas</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>Lo que salió bien</translation>
    </message>
    <message>
        <source>Journal entries and nightly reviews from %1 to %2.</source>
        <translation>Entradas del diario y revisiones nocturnas del %1 al %2.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Date: ____________</source>
        <translation>Fecha: ____________</translation>
    </message>
    <message>
        <source>Tick all that apply.</source>
        <translation>Marca todas las que correspondan.</translation>
    </message>
    <message>
        <source>0 = not at all</source>
        <translation>0 = nada</translation>
    </message>
    <message>
        <source>10 = the most</source>
        <translation>10 = lo máximo</translation>
    </message>
    <message>
        <source>Mark each item: %1</source>
        <translation>Marca cada elemento: %1</translation>
    </message>
    <message>
        <source>(left blank)</source>
        <translation>(en blanco)</translation>
    </message>
    <message>
        <source>%1 out of 10</source>
        <translation>%1 de 10</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Which path do you follow?</source>
        <translation>¿Qué camino sigues?</translation>
    </message>
    <message>
        <source>SMART Recovery</source>
        <translation>SMART Recovery</translation>
    </message>
    <message>
        <source>A 12-step fellowship (such as AA or NA)</source>
        <translation>Una confraternidad de 12 pasos (como AA o NA)</translation>
    </message>
    <message>
        <source>Both of these</source>
        <translation>Los dos</translation>
    </message>
    <message>
        <source>Not sure yet</source>
        <translation>Todavía no lo sé</translation>
    </message>
    <message>
        <source>The app shows the tools of the path you choose. Choose “Both of these” or “Not sure yet” to see everything.</source>
        <translation>La app muestra las herramientas del camino que elijas. Elige «Los dos» o «Todavía no lo sé» para verlo todo.</translation>
    </message>
    <message>
        <source>Who are you here for?</source>
        <translation>¿Para quién estás aquí?</translation>
    </message>
    <message>
        <source>Myself: I am working on my own recovery</source>
        <translation>Para mí: estoy trabajando en mi propia recuperación</translation>
    </message>
    <message>
        <source>Someone I care about: family and friends, as in Al-Anon or Nar-Anon</source>
        <translation>Por alguien que me importa: familia y amistades, como en Al-Anon o Nar-Anon</translation>
    </message>
    <message>
        <source>Both: myself and someone I care about</source>
        <translation>Las dos cosas: por mí y por alguien que me importa</translation>
    </message>
    <message>
        <source>What should the app call you?</source>
        <translation>¿Cómo quieres que te llame la app?</translation>
    </message>
    <message>
        <source>A first name or an alias. It stays inside your vault.</source>
        <translation>Un nombre de pila o un alias. Se queda dentro de tu bóveda.</translation>
    </message>
    <message>
        <source>Person in recovery</source>
        <translation>Persona en recuperación</translation>
    </message>
    <message>
        <source>Person in long-term recovery</source>
        <translation>Persona en recuperación a largo plazo</translation>
    </message>
    <message>
        <source>Someone cutting back</source>
        <translation>Alguien que está moderándose</translation>
    </message>
    <message>
        <source>Family member</source>
        <translation>Familiar</translation>
    </message>
    <message>
        <source>Friend or supporter</source>
        <translation>Amigo/a o persona de apoyo</translation>
    </message>
    <message>
        <source>How do you describe yourself? (optional)</source>
        <translation>¿Cómo te describes? (opcional)</translation>
    </message>
    <message>
        <source>In your own words, or leave it empty. Pick a suggestion or type anything you like.</source>
        <translation>Con tus propias palabras, o déjalo vacío. Elige una sugerencia o escribe lo que quieras.</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Prefer not to say</source>
        <translation>Prefiero no decirlo</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Used to show the right emergency number and help lines.</source>
        <translation>Sirve para mostrar el número de emergencias y las líneas de ayuda adecuadas.</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Seguir al sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>A new language shows the next time you open the app.</source>
        <translation>Un idioma nuevo se muestra la próxima vez que abras la app.</translation>
    </message>
</context>
<context>
    <name>ProfileStep</name>
    <message>
        <source>Getting to know you</source>
        <translation>Conociéndote</translation>
    </message>
    <message>
        <source>Save and finish</source>
        <translation>Guardar y terminar</translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation>Omitir por ahora</translation>
    </message>
    <message>
        <source>A few optional questions, so the app can fit you better. Your answers stay in your encrypted vault, and you can change them any time in Settings.</source>
        <translation>Unas preguntas opcionales para que la app se adapte mejor a ti. Tus respuestas se quedan en tu bóveda cifrada y puedes cambiarlas cuando quieras en Ajustes.</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
</context>
<context>
    <name>QuickLogDialog</name>
    <message>
        <source>Edit entry</source>
        <translation>Editar entrada</translation>
    </message>
    <message>
        <source>Log an urge</source>
        <translation>Registrar un impulso</translation>
    </message>
    <message>
        <source>First, add a behaviour you are working on, in your own words.</source>
        <translation>Primero, añade una conducta en la que estés trabajando, con tus propias palabras.</translation>
    </message>
    <message>
        <source>Add a behaviour…</source>
        <translation>Añadir una conducta…</translation>
    </message>
    <message>
        <source>Which behaviour?</source>
        <translation>¿Qué conducta?</translation>
    </message>
    <message>
        <source>How strong at its peak (0–10)?</source>
        <translation>¿Qué intensidad tuvo en su punto más alto (0–10)?</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>¿Qué pasó?</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>More detail</source>
        <translation>Más detalle</translation>
    </message>
    <message>
        <source>Quick log message</source>
        <translation>Mensaje del registro rápido</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Do an ABC on this</source>
        <translation>Hacer un ABC sobre esto</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Less detail</source>
        <translation>Menos detalle</translation>
    </message>
    <message>
        <source>Please choose which behaviour this was about.</source>
        <translation>Elige de qué conducta se trataba.</translation>
    </message>
    <message>
        <source>Saved. You noticed the urge and let it pass; that is worth something.</source>
        <translation>Guardado. Notaste el impulso y lo dejaste pasar; eso tiene valor.</translation>
    </message>
    <message>
        <source>Saved. You kept to your plan.</source>
        <translation>Guardado. Mantuviste tu plan.</translation>
    </message>
    <message>
        <source>Saved. Going over the plan is information, not failure; noticing it is part of the work.</source>
        <translation>Guardado. Pasarse del plan es información, no un fracaso; darse cuenta es parte del trabajo.</translation>
    </message>
    <message>
        <source>Saved. A lapse is information, not failure. Your clean time starts again, and every clean day before it still counts.</source>
        <translation>Guardado. Un desliz es información, no un fracaso. Tu tiempo limpio vuelve a empezar, y cada día limpio anterior sigue contando.</translation>
    </message>
    <message>
        <source>Saved. A lapse is information, not failure.</source>
        <translation>Guardado. Un desliz es información, no un fracaso.</translation>
    </message>
    <message>
        <source>Undone: the entry was removed.</source>
        <translation>Deshecho: la entrada se quitó.</translation>
    </message>
    <message>
        <source>The ABC worksheet is not available yet.</source>
        <translation>La hoja ABC todavía no está disponible.</translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Guardar (Ctrl+S)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>%1: save status</source>
        <translation>%1: estado del guardado</translation>
    </message>
    <message>
        <source>Unsaved changes brought back</source>
        <translation>Se recuperaron los cambios sin guardar</translation>
    </message>
    <message>
        <source>Draft kept</source>
        <translation>Borrador conservado</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Borrada</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyStep</name>
    <message>
        <source>Save your recovery key</source>
        <translation>Guarda tu clave de recuperación</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this key opens your vault. Write it down or save the recovery kit, and keep it somewhere safe and private.</source>
        <translation>Si alguna vez olvidas tu frase de contraseña, esta clave abre tu bóveda. Anótala o guarda el kit de recuperación, y tenlo en un lugar seguro y privado.</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Tu clave de recuperación</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Save recovery kit as PDF…</source>
        <translation>Guardar el kit de recuperación como PDF…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Type the last group of your key</source>
        <translation>Escribe el último grupo de tu clave</translation>
    </message>
    <message>
        <source>The four characters after the last dash. This checks that you have the key written down or saved.</source>
        <translation>Los cuatro caracteres después del último guion. Así se comprueba que tienes la clave anotada o guardada.</translation>
    </message>
    <message>
        <source>Copied. For your privacy, the clipboard will be cleared in %1 seconds.</source>
        <translation>Copiada. Por tu privacidad, el portapapeles se vaciará en %1 segundos.</translation>
    </message>
    <message>
        <source>Copied. For your privacy, the clipboard will be cleared in a moment.</source>
        <translation>Copiada. Por tu privacidad, el portapapeles se vaciará en un momento.</translation>
    </message>
    <message>
        <source>The recovery kit is not encrypted</source>
        <translation>El kit de recuperación no está cifrado</translation>
    </message>
    <message>
        <source>The PDF holds your recovery key as plain text. Anyone who finds the file or a printout, and also has your vault files, can read your entries.

A good way: print it, keep the page somewhere private, then delete the file.</source>
        <translation>El PDF contiene tu clave de recuperación como texto legible. Cualquiera que encuentre el archivo o una copia impresa, y tenga también los archivos de tu bóveda, puede leer tus entradas.

Una buena forma: imprímelo, guarda la hoja en un lugar privado y luego borra el archivo.</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Guardar PDF</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Recovery kit.pdf</source>
        <translation>Kit de recuperación.pdf</translation>
    </message>
    <message>
        <source>Save recovery kit</source>
        <translation>Guardar el kit de recuperación</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Guardado en %1</translation>
    </message>
</context>
<context>
    <name>RecoveryKit</name>
    <message>
        <source>Recovery kit</source>
        <translation>Kit de recuperación</translation>
    </message>
    <message>
        <source>This key opens your vault if you ever forget your passphrase. Nobody can reset a forgotten passphrase for you, so this page is your way back in.</source>
        <translation>Esta clave abre tu bóveda si alguna vez olvidas tu frase de contraseña. Nadie puede restablecer por ti una frase de contraseña olvidada, así que esta hoja es tu forma de volver a entrar.</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Tu clave de recuperación</translation>
    </message>
    <message>
        <source>Keep it safe and private</source>
        <translation>Guárdala en un lugar seguro y privado</translation>
    </message>
    <message>
        <source>Print this page and keep it somewhere safe and private, for example in a drawer at home or with other important papers.</source>
        <translation>Imprime esta hoja y guárdala en un lugar seguro y privado, por ejemplo en un cajón de casa o con otros papeles importantes.</translation>
    </message>
    <message>
        <source>Anyone who has this key and a copy of your vault files can read your entries. Do not share it, and do not keep it next to your vault.</source>
        <translation>Cualquiera que tenga esta clave y una copia de los archivos de tu bóveda puede leer tus entradas. No la compartas y no la guardes junto a tu bóveda.</translation>
    </message>
    <message>
        <source>This PDF file is not encrypted. Once the page is printed, you can delete the file.</source>
        <translation>Este archivo PDF no está cifrado. Una vez impresa la hoja, puedes borrar el archivo.</translation>
    </message>
    <message>
        <source>How to use it</source>
        <translation>Cómo usarla</translation>
    </message>
    <message>
        <source>On the unlock screen, choose “Forgot it? Use the recovery key” and type the key above. Capital or small letters do not matter, and the dashes are optional. You then choose a new passphrase straight away.</source>
        <translation>En la pantalla de desbloqueo, elige «¿La olvidaste? Usa la clave de recuperación» y escribe la clave de arriba. Da igual si usas mayúsculas o minúsculas, y los guiones son opcionales. Después eliges enseguida una nueva frase de contraseña.</translation>
    </message>
    <message>
        <source>Where your vault lives</source>
        <translation>Dónde está tu bóveda</translation>
    </message>
    <message>
        <source>Created on %1</source>
        <translation>Creado el %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
</context>
<context>
    <name>RecoveryOptions</name>
    <message>
        <source>Open it without the missing changes</source>
        <translation>Abrirla sin los cambios que faltan</translation>
    </message>
    <message>
        <source>Restore the backup from %1</source>
        <translation>Restaurar la copia del %1</translation>
    </message>
    <message>
        <source>Restore the automatic backup?</source>
        <translation>¿Restaurar la copia automática?</translation>
    </message>
    <message>
        <source>The vault goes back to how it was on %1. The damaged files are kept aside, still encrypted, in case anything can be rescued from them later.</source>
        <translation>La bóveda vuelve a como estaba el %1. Los archivos dañados se guardan aparte, todavía cifrados, por si más adelante se puede rescatar algo de ellos.</translation>
    </message>
    <message>
        <source>Restore it</source>
        <translation>Restaurarla</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Type your passphrase or recovery key first.</source>
        <translation>Primero escribe tu frase de contraseña o tu clave de recuperación.</translation>
    </message>
    <message>
        <source>Restored the backup from %1.</source>
        <translation>Se restauró la copia del %1.</translation>
    </message>
    <message>
        <source>The damaged files are kept in %1.</source>
        <translation>Los archivos dañados se guardan en %1.</translation>
    </message>
    <message>
        <source>The backup could not be restored. Nothing was changed.</source>
        <translation>No se pudo restaurar la copia. No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>RememberStep</name>
    <message>
        <source>Remember on this device?</source>
        <translation>¿Recordar en este dispositivo?</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>If you turn this on, this computer’s keychain keeps a key to your vault, and the app opens without asking for your passphrase.</source>
        <translation>Si activas esto, el llavero de este ordenador guarda una clave de tu bóveda y la app se abre sin pedirte la frase de contraseña.</translation>
    </message>
    <message>
        <source>The trade-off: anyone who can use your computer account could then open your vault too. Leave it off if you share this account, or if you would rather type your passphrase each time. You can change this later in Settings.</source>
        <translation>La contrapartida: cualquiera que pueda usar tu cuenta del ordenador podría abrir también tu bóveda. Déjalo desactivado si compartes esta cuenta o si prefieres escribir tu frase de contraseña cada vez. Puedes cambiarlo después en Ajustes.</translation>
    </message>
    <message>
        <source>Remember on this device</source>
        <translation>Recordar en este dispositivo</translation>
    </message>
    <message>
        <source>Checking this computer’s keychain…</source>
        <translation>Comprobando el llavero de este ordenador…</translation>
    </message>
    <message>
        <source>Keychain status</source>
        <translation>Estado del llavero</translation>
    </message>
    <message>
        <source>Saving the key in the keychain…</source>
        <translation>Guardando la clave en el llavero…</translation>
    </message>
    <message>
        <source>Not available here: %1</source>
        <translation>No disponible aquí: %1</translation>
    </message>
    <message>
        <source>The system keychain could not be reached.</source>
        <translation>No se pudo acceder al llavero del sistema.</translation>
    </message>
    <message>
        <source>This device could not remember the vault.</source>
        <translation>Este dispositivo no pudo recordar la bóveda.</translation>
    </message>
    <message>
        <source>You can continue with your passphrase, or try again later in Settings.</source>
        <translation>Puedes continuar con tu frase de contraseña o volver a intentarlo más tarde en Ajustes.</translation>
    </message>
</context>
<context>
    <name>RestoreOverCurrent</name>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia</translation>
    </message>
    <message>
        <source>The backup from %1 replaced your vault and opened fine. Unlock it with the passphrase it had then, or your recovery key. The vault it replaced is kept, encrypted, in %2; delete that folder once you are happy.</source>
        <translation>La copia del %1 sustituyó a tu bóveda y se abrió bien. Desbloquéala con la frase de contraseña que tenía entonces o con tu clave de recuperación. La bóveda sustituida se conserva, cifrada, en %2; borra esa carpeta cuando estés conforme.</translation>
    </message>
    <message>
        <source>Your vault was not replaced; unlock it as usual.</source>
        <translation>Tu bóveda no se sustituyó; desbloquéala como siempre.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Weekly review</source>
        <translation>Revisión semanal</translation>
    </message>
    <message>
        <source>The seven days ending on your review day (you can change the day in Settings). The numbers are drafted from what you logged; the words are yours.</source>
        <translation>Los siete días que terminan en tu día de revisión (puedes cambiar el día en Ajustes). Los números salen de lo que registraste; las palabras son tuyas.</translation>
    </message>
    <message>
        <source>Earlier week</source>
        <translation>Semana anterior</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Later week</source>
        <translation>Semana siguiente</translation>
    </message>
    <message>
        <source>The week at a glance</source>
        <translation>La semana de un vistazo</translation>
    </message>
    <message>
        <source>Your review</source>
        <translation>Tu revisión</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>Estado de la revisión</translation>
    </message>
    <message>
        <source>Save review</source>
        <translation>Guardar revisión</translation>
    </message>
    <message>
        <source>Compare with an earlier review</source>
        <translation>Comparar con una revisión anterior</translation>
    </message>
    <message>
        <source>Open that week</source>
        <translation>Abrir esa semana</translation>
    </message>
    <message>
        <source>Trends over eight weeks</source>
        <translation>Tendencias de ocho semanas</translation>
    </message>
    <message>
        <source>A draft you had not saved is back.</source>
        <translation>Ha vuelto un borrador que no habías guardado.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Guardada el %1.</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Todavía sin guardar.</translation>
    </message>
    <message>
        <source>Saved. Well done for taking the time.</source>
        <translation>Guardada. Bien hecho por dedicarte este tiempo.</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>A few honest minutes at the end of the day. One review per evening; the list beside it keeps the ones you saved.</source>
        <translation>Unos minutos honestos al final del día. Una revisión por noche; la lista de al lado guarda las que has guardado.</translation>
    </message>
    <message>
        <source>Evening of</source>
        <translation>Noche del</translation>
    </message>
    <message>
        <source>Resentful</source>
        <translation>Con resentimiento</translation>
    </message>
    <message>
        <source>Selfish</source>
        <translation>Egoísta</translation>
    </message>
    <message>
        <source>Dishonest</source>
        <translation>Deshonesto/a</translation>
    </message>
    <message>
        <source>Afraid</source>
        <translation>Con miedo</translation>
    </message>
    <message>
        <source>Who I owe an apology</source>
        <translation>A quién le debo una disculpa</translation>
    </message>
    <message>
        <source>Amends I made</source>
        <translation>Reparaciones que hice</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>Qué salió bien</translation>
    </message>
    <message>
        <source>Today I was</source>
        <translation>Hoy estuve</translation>
    </message>
    <message>
        <source>Save review</source>
        <translation>Guardar revisión</translation>
    </message>
    <message>
        <source>Review save status</source>
        <translation>Estado del guardado de la revisión</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>Noche</translation>
    </message>
    <message>
        <source>Past reviews</source>
        <translation>Revisiones anteriores</translation>
    </message>
    <message>
        <source>None of these</source>
        <translation>Nada de esto</translation>
    </message>
    <message>
        <source>Unsaved changes brought back</source>
        <translation>Se recuperaron los cambios sin guardar</translation>
    </message>
    <message>
        <source>You already saved a review for this evening; saving replaces it.</source>
        <translation>Ya guardaste una revisión para esta noche; guardar la sustituye.</translation>
    </message>
    <message>
        <source>Saved earlier</source>
        <translation>Guardada antes</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
</context>
<context>
    <name>ScaleField</name>
    <message>
        <source>Not rated</source>
        <translation>Sin valorar</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>Sobre ti</translation>
    </message>
    <message>
        <source>Helps the app show the pages that fit your path. Kept only inside your encrypted vault.</source>
        <translation>Ayuda a la app a mostrar las páginas que encajan con tu camino. Se guarda solo dentro de tu bóveda cifrada.</translation>
    </message>
    <message>
        <source>About you status</source>
        <translation>Estado de «Sobre ti»</translation>
    </message>
    <message>
        <source>Save these answers</source>
        <translation>Guardar estas respuestas</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <source>Passphrase status</source>
        <translation>Estado de la frase de contraseña</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>Remember this vault on this device</source>
        <translation>Recordar esta bóveda en este dispositivo</translation>
    </message>
    <message>
        <source>Checking the system keychain…</source>
        <translation>Comprobando el llavero del sistema…</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Lock after inactivity</source>
        <translation>Bloquear tras inactividad</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <source>Privacy mode</source>
        <translation>Modo privado</translation>
    </message>
    <message>
        <source>Shows the neutral title “Workbook” instead of the app&apos;s name and keeps no record of which page you had open.</source>
        <translation>Muestra el título neutro «Cuaderno» en lugar del nombre de la app y no guarda qué página tenías abierta.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>Your vault&apos;s encrypted files live here.</source>
        <translation>Aquí están los archivos cifrados de tu bóveda.</translation>
    </message>
    <message>
        <source>Use a different folder…</source>
        <translation>Usar otra carpeta…</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>A self-help workbook, not treatment, diagnosis or therapy, and not a replacement for meetings or clinicians. It never connects to the internet. Not affiliated with any recovery organisation.</source>
        <translation>Un cuaderno de autoayuda, no un tratamiento, diagnóstico ni terapia, ni un sustituto de las reuniones o de los profesionales de salud. Nunca se conecta a internet. No está vinculado a ninguna organización de recuperación.</translation>
    </message>
    <message>
        <source>Saved. The new language shows the next time you open the app.</source>
        <translation>Guardado. El idioma nuevo se muestra la próxima vez que abras la app.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Your unsaved answers were kept. Save them to use them.</source>
        <translation>Tus respuestas sin guardar se conservaron. Guárdalas para usarlas.</translation>
    </message>
    <message>
        <source>Changing…</source>
        <translation>Cambiando…</translation>
    </message>
    <message>
        <source>Passphrase changed. Use the new one from now on; your recovery key still works.</source>
        <translation>Frase de contraseña cambiada. Usa la nueva a partir de ahora; tu clave de recuperación sigue funcionando.</translation>
    </message>
    <message>
        <source>The current passphrase is not right, so nothing was changed.</source>
        <translation>La frase de contraseña actual no es correcta, así que no se cambió nada.</translation>
    </message>
    <message>
        <source>The passphrase could not be changed.</source>
        <translation>No se pudo cambiar la frase de contraseña.</translation>
    </message>
    <message>
        <source>When on, this computer account opens the vault without your passphrase. Only turn it on if nobody else uses this account.</source>
        <translation>Si está activado, esta cuenta del ordenador abre la bóveda sin tu frase de contraseña. Actívalo solo si nadie más usa esta cuenta.</translation>
    </message>
    <message>
        <source>Your passphrase always works.</source>
        <translation>Tu frase de contraseña siempre funciona.</translation>
    </message>
    <message>
        <source>The system keychain could not be reached. Your passphrase always works.</source>
        <translation>No se pudo acceder al llavero del sistema. Tu frase de contraseña siempre funciona.</translation>
    </message>
    <message>
        <source>This device remembers the vault.</source>
        <translation>Este dispositivo recuerda la bóveda.</translation>
    </message>
    <message>
        <source>This device no longer remembers the vault.</source>
        <translation>Este dispositivo ya no recuerda la bóveda.</translation>
    </message>
    <message>
        <source>The system keychain refused.</source>
        <translation>El llavero del sistema se negó.</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>Elige la carpeta de datos</translation>
    </message>
    <message>
        <source>Use a different folder?</source>
        <translation>¿Usar otra carpeta?</translation>
    </message>
    <message>
        <source>Your vault is not moved: it stays in %1. From the next start the app opens the vault in %2, or offers to create a new one there if it has none. To take your entries along, copy the whole folder first.</source>
        <translation>Tu bóveda no se mueve: se queda en %1. Desde el próximo inicio la app abrirá la bóveda de %2, o te ofrecerá crear una nueva allí si no hay ninguna. Para llevarte tus entradas, copia antes la carpeta entera.</translation>
    </message>
    <message>
        <source>Use that folder</source>
        <translation>Usar esa carpeta</translation>
    </message>
    <message>
        <source>Keep this one</source>
        <translation>Conservar esta</translation>
    </message>
    <message>
        <source>From the next start the app opens the vault in %1 (or creates one there).</source>
        <translation>Desde el próximo inicio la app abrirá la bóveda de %1 (o creará una allí).</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2 Your other pages work as usual.</source>
        <translation>No se pudo abrir %1: %2 Tus otras páginas funcionan como siempre.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Sin guardar</translation>
    </message>
    <message>
        <source>Your unsaved text on %1 could not be saved just now. It is still there; go back to it and try again after freeing some disk space.</source>
        <translation>Tu texto sin guardar en %1 no se pudo guardar ahora mismo. Sigue ahí; vuelve a él e inténtalo de nuevo después de liberar algo de espacio en disco.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Anywhere</source>
        <translation>En cualquier sitio</translation>
    </message>
    <message>
        <source>While the workbook is unlocked</source>
        <translation>Con el cuaderno desbloqueado</translation>
    </message>
    <message>
        <source>In the worksheets and urge log lists</source>
        <translation>En las listas de hojas de trabajo y del registro de impulsos</translation>
    </message>
    <message>
        <source>While writing a worksheet</source>
        <translation>Mientras escribes una hoja de trabajo</translation>
    </message>
    <message>
        <source>Show crisis help and help-line numbers</source>
        <translation>Mostrar la ayuda en crisis y las líneas de ayuda</translation>
    </message>
    <message>
        <source>Show this list of keyboard shortcuts</source>
        <translation>Mostrar esta lista de atajos de teclado</translation>
    </message>
    <message>
        <source>Save, lock and quit</source>
        <translation>Guardar, bloquear y salir</translation>
    </message>
    <message>
        <source>Close the window (saves and locks first)</source>
        <translation>Cerrar la ventana (primero guarda y bloquea)</translation>
    </message>
    <message>
        <source>Lock the workbook now</source>
        <translation>Bloquear el cuaderno ahora</translation>
    </message>
    <message>
        <source>Log an urge or a lapse</source>
        <translation>Registrar un impulso o un desliz</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Abrir Ajustes</translation>
    </message>
    <message>
        <source>Go to the search field</source>
        <translation>Ir al campo de búsqueda</translation>
    </message>
    <message>
        <source>Open the selected entry</source>
        <translation>Abrir la entrada seleccionada</translation>
    </message>
    <message>
        <source>Delete the selected entry (you can undo it)</source>
        <translation>Borrar la entrada seleccionada (puedes deshacerlo)</translation>
    </message>
    <message>
        <source>Undo the last delete</source>
        <translation>Deshacer el último borrado</translation>
    </message>
    <message>
        <source>Save now (it also saves by itself)</source>
        <translation>Guardar ahora (también se guarda solo)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Every screen also works with Tab, Shift+Tab, the arrow keys, Enter and Escape.</source>
        <translation>Cada pantalla funciona también con Tab, Mayús+Tab, las flechas, Intro y Escape.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Qué hace</translation>
    </message>
</context>
<context>
    <name>StepForm</name>
    <message>
        <source>In our words</source>
        <translation>Con nuestras palabras</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Empezado el</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Terminado el</translation>
    </message>
    <message>
        <source>Worked on it with my sponsor</source>
        <translation>Lo trabajé con mi padrino o madrina</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>My fellowship&apos;s wording</source>
        <translation>La redacción de mi confraternidad</translation>
    </message>
    <message>
        <source>Optional: paste your fellowship&apos;s exact words for this step. They stay in your encrypted vault.</source>
        <translation>Opcional: pega las palabras exactas de tu confraternidad para este paso. Se quedan en tu bóveda cifrada.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Guardar (Ctrl+S)</translation>
    </message>
    <message>
        <source>Step save status</source>
        <translation>Estado del guardado del paso</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Paso %1: %2</translation>
    </message>
    <message>
        <source>Unsaved changes brought back</source>
        <translation>Se recuperaron los cambios sin guardar</translation>
    </message>
    <message>
        <source>Draft kept</source>
        <translation>Borrador conservado</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
</context>
<context>
    <name>StepWorkDialog</name>
    <message>
        <source>Print step work</source>
        <translation>Imprimir el trabajo de los pasos</translation>
    </message>
    <message>
        <source>Your step work for %1, to share with your sponsor: where you are with each step, your notes and journal, and the Step 8 and Step 10 lists. Steps print by number; the wording you pasted in stays in the app.</source>
        <translation>Tu trabajo de los pasos en %1, para compartir con tu padrino o madrina: dónde estás en cada paso, tus notas y tu diario, y las listas de los Pasos 8 y 10. Los pasos se imprimen por número; el texto que pegaste se queda en la aplicación.</translation>
    </message>
    <message>
        <source>Journal from</source>
        <translation>Diario desde</translation>
    </message>
    <message>
        <source>Journal to</source>
        <translation>Diario hasta</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>All steps</source>
        <translation>Todos los pasos</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Paso %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>The start date is after the end date.</source>
        <translation>La fecha de inicio es posterior a la fecha final.</translation>
    </message>
    <message>
        <source>Choose at least one step.</source>
        <translation>Elige al menos un paso.</translation>
    </message>
    <message>
        <source>Step work</source>
        <translation>Trabajo de los pasos</translation>
    </message>
    <message>
        <source>This fellowship is no longer in your list.</source>
        <translation>Esta confraternidad ya no está en tu lista.</translation>
    </message>
    <message>
        <source>Saved to %1 (not encrypted).</source>
        <translation>Guardado en %1 (sin cifrar).</translation>
    </message>
</context>
<context>
    <name>StepsModel</name>
    <message>
        <source>Step %1, %2: %3</source>
        <translation>Paso %1, %2: %3</translation>
    </message>
    <message>
        <source>, completed %1</source>
        <translation>, terminado el %1</translation>
    </message>
    <message>
        <source>, started %1</source>
        <translation>, empezado el %1</translation>
    </message>
    <message>
        <source>, with my sponsor</source>
        <translation>, con mi padrino o madrina</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Paso %1</translation>
    </message>
</context>
<context>
    <name>StepsPage</name>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Fellowship messages</source>
        <translation>Mensajes de la confraternidad</translation>
    </message>
    <message>
        <source>Add the fellowship you work the steps in to begin. You can add more than one.</source>
        <translation>Para empezar, añade la confraternidad en la que trabajas los pasos. Puedes añadir más de una.</translation>
    </message>
    <message>
        <source>Progress summary</source>
        <translation>Resumen del progreso</translation>
    </message>
    <message>
        <source>The twelve steps</source>
        <translation>Los doce pasos</translation>
    </message>
    <message>
        <source>Step details</source>
        <translation>Detalles del paso</translation>
    </message>
    <message>
        <source>This step</source>
        <translation>Este paso</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>Fellowship</source>
        <translation>Confraternidad</translation>
    </message>
    <message>
        <source>Remove from my list</source>
        <translation>Quitar de mi lista</translation>
    </message>
    <message>
        <source>Fellowship to add</source>
        <translation>Confraternidad que añadir</translation>
    </message>
    <message>
        <source>Name of your fellowship</source>
        <translation>Nombre de tu confraternidad</translation>
    </message>
    <message>
        <source>Add fellowship</source>
        <translation>Añadir confraternidad</translation>
    </message>
    <message>
        <source>Print step work…</source>
        <translation>Imprimir el trabajo de los pasos…</translation>
    </message>
    <message>
        <source>Add a fellowship…</source>
        <translation>Añadir una confraternidad…</translation>
    </message>
    <message>
        <source>Another fellowship (type its name)</source>
        <translation>Otra confraternidad (escribe su nombre)</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>¿Quitar %1?</translation>
    </message>
    <message>
        <source>%1 leaves your list of fellowships. Your step work is kept: add it again any time and everything is still there.</source>
        <translation>%1 sale de tu lista de confraternidades. Tu trabajo de los pasos se conserva: vuelve a añadirla cuando quieras y todo seguirá ahí.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarla</translation>
    </message>
    <message>
        <source>%1 of 12 steps done</source>
        <translation>%1 de 12 pasos hechos</translation>
    </message>
    <message>
        <source> · working on Step %1</source>
        <translation> · trabajando el Paso %1</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventario</translation>
    </message>
    <message>
        <source>Amends list</source>
        <translation>Lista de reparaciones</translation>
    </message>
    <message>
        <source>Nightly review</source>
        <translation>Revisión nocturna</translation>
    </message>
</context>
<context>
    <name>TableField</name>
    <message>
        <source>Add a row</source>
        <translation>Añadir una fila</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Fila %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Log an urge</source>
        <translation>Registrar un impulso</translation>
    </message>
    <message>
        <source>New ABC</source>
        <translation>Nuevo ABC</translation>
    </message>
    <message>
        <source>Log a meeting</source>
        <translation>Registrar una reunión</translation>
    </message>
    <message>
        <source>Step 10 tonight</source>
        <translation>Paso 10 esta noche</translation>
    </message>
    <message>
        <source>Mood check-in</source>
        <translation>Cómo estás hoy</translation>
    </message>
    <message>
        <source>Crisis help</source>
        <translation>Ayuda en crisis</translation>
    </message>
    <message>
        <source>Clean time</source>
        <translation>Tiempo limpio</translation>
    </message>
    <message>
        <source>Today so far</source>
        <translation>Hoy hasta ahora</translation>
    </message>
    <message>
        <source>This week&apos;s plan</source>
        <translation>El plan de esta semana</translation>
    </message>
    <message>
        <source>%1: 1 urge logged</source>
        <translation>%1: 1 impulso registrado</translation>
    </message>
    <message>
        <source>%1: %2 urges logged</source>
        <translation>%1: %2 impulsos registrados</translation>
    </message>
    <message>
        <source>, 1 lapse (a slip is information)</source>
        <translation>, 1 desliz (un desliz es información)</translation>
    </message>
    <message>
        <source>, %1 lapses (a slip is information)</source>
        <translation>, %1 deslices (un desliz es información)</translation>
    </message>
    <message>
        <source>No urges logged today.</source>
        <translation>Hoy no hay impulsos registrados.</translation>
    </message>
    <message>
        <source>Mood check-in done: %1.</source>
        <translation>Registro de ánimo hecho: %1.</translation>
    </message>
    <message>
        <source>No mood check-in yet today.</source>
        <translation>Hoy todavía no hay registro de ánimo.</translation>
    </message>
    <message>
        <source>%1: %2, since %3</source>
        <translation>%1: %2, desde %3</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>mañana</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>en %1</translation>
    </message>
    <message>
        <source>Next milestone: %1, %2 (%3)</source>
        <translation>Siguiente hito: %1, %2 (%3)</translation>
    </message>
    <message>
        <source>No plan for this week yet. The weekly review helps you make one.</source>
        <translation>Todavía no hay plan para esta semana. La revisión semanal te ayuda a hacer uno.</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>cualquier día</translation>
    </message>
</context>
<context>
    <name>TriggerSummaryDialog</name>
    <message>
        <source>Print a trigger-log summary</source>
        <translation>Imprimir un resumen del registro de impulsos</translation>
    </message>
    <message>
        <source>Counts, when urges came, top triggers and HALT for the dates you choose. Your notes are left out unless you include them.</source>
        <translation>Cuántos impulsos, cuándo llegaron, los desencadenantes más frecuentes y HALT en las fechas que elijas. Tus notas quedan fuera salvo que las incluyas.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Include my notes</source>
        <translation>Incluir mis notas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>The start date is after the end date.</source>
        <translation>La fecha de inicio es posterior a la fecha final.</translation>
    </message>
    <message>
        <source>Trigger log summary</source>
        <translation>Resumen del registro de impulsos</translation>
    </message>
    <message>
        <source>Saved to %1 (not encrypted).</source>
        <translation>Guardado en %1 (sin cifrar).</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Welcome back</source>
        <translation>Hola de nuevo</translation>
    </message>
    <message>
        <source>Your workbook is locked. Enter your passphrase to open it.</source>
        <translation>Tu cuaderno está bloqueado. Escribe tu frase de contraseña para abrirlo.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Try the backup key file</source>
        <translation>Probar el archivo de clave de respaldo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>Type the key from your recovery kit. You will choose a new passphrase right after.</source>
        <translation>Escribe la clave de tu kit de recuperación. Justo después elegirás una nueva frase de contraseña.</translation>
    </message>
    <message>
        <source>Use my passphrase instead</source>
        <translation>Usar mi frase de contraseña</translation>
    </message>
    <message>
        <source>Forgot it? Use the recovery key</source>
        <translation>¿La olvidaste? Usa la clave de recuperación</translation>
    </message>
    <message>
        <source>Checking this device&apos;s keychain…</source>
        <translation>Comprobando el llavero de este dispositivo…</translation>
    </message>
    <message>
        <source>This device could not open the vault. Please use your passphrase.</source>
        <translation>Este dispositivo no pudo abrir la bóveda. Usa tu frase de contraseña.</translation>
    </message>
    <message>
        <source>Please type your recovery key.</source>
        <translation>Escribe tu clave de recuperación.</translation>
    </message>
    <message>
        <source>Please type your passphrase.</source>
        <translation>Escribe tu frase de contraseña.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Desbloqueando…</translation>
    </message>
    <message>
        <source>Something unexpected went wrong while unlocking (%1). Nothing was changed.</source>
        <translation>Algo inesperado salió mal al desbloquear (%1). No se cambió nada.</translation>
    </message>
    <message>
        <source>Using the backup key file. Enter your passphrase or recovery key again.</source>
        <translation>Usando el archivo de clave de respaldo. Vuelve a escribir tu frase de contraseña o tu clave de recuperación.</translation>
    </message>
</context>
<context>
    <name>UrgeLogModel</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Conducta</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Solidez</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>HALT</source>
        <translation>HALT</translation>
    </message>
    <message>
        <source>What set it off</source>
        <translation>Lo que lo desencadenó</translation>
    </message>
    <message>
        <source>Note for next time</source>
        <translation>Nota para la próxima vez</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (archivada)</translation>
    </message>
</context>
<context>
    <name>UrgesPage</name>
    <message>
        <source>Urges and lapses</source>
        <translation>Impulsos y deslices</translation>
    </message>
    <message>
        <source>Ctrl+U logs an urge from anywhere. Every entry, including a lapse, is information you can learn from.</source>
        <translation>Ctrl+U registra un impulso desde cualquier sitio. Cada entrada, también un desliz, es información de la que puedes aprender.</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Observaciones</translation>
    </message>
</context>
<context>
    <name>VaultError</name>
    <message>
        <source>The vault is locked.</source>
        <translation>La bóveda está bloqueada.</translation>
    </message>
    <message>
        <source>Something went wrong with the vault.</source>
        <translation>Algo salió mal con la bóveda.</translation>
    </message>
    <message>
        <source>A backup copy of it exists and can be tried instead.</source>
        <translation>Existe una copia de respaldo que se puede probar en su lugar.</translation>
    </message>
    <message>
        <source>That passphrase did not unlock the vault. Check for caps lock and try again.</source>
        <translation>Esa frase de contraseña no desbloqueó la bóveda. Comprueba las mayúsculas e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>That recovery key did not unlock this vault.</source>
        <translation>Esa clave de recuperación no desbloqueó esta bóveda.</translation>
    </message>
    <message>
        <source>That recovery key has a typo: a character is missing, extra or mistyped. Compare it with your recovery kit.</source>
        <translation>Esa clave de recuperación tiene un error: falta un carácter, sobra o está mal escrito. Compárala con tu kit de recuperación.</translation>
    </message>
    <message>
        <source>This device no longer remembers the vault. Please use your passphrase.</source>
        <translation>Este dispositivo ya no recuerda la bóveda. Usa tu frase de contraseña.</translation>
    </message>
    <message>
        <source>There is no vault in this folder.</source>
        <translation>No hay ninguna bóveda en esta carpeta.</translation>
    </message>
    <message>
        <source>A vault already exists in this folder; it was left untouched.</source>
        <translation>Ya existe una bóveda en esta carpeta; no se ha tocado.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file is damaged or unreadable.</source>
        <translation>El archivo de claves de la bóveda está dañado o no se puede leer.</translation>
    </message>
    <message>
        <source>The vault&apos;s database is damaged: the key is right but the data failed its integrity check. Nothing was changed. Restore a backup if you have one.</source>
        <translation>La base de datos de la bóveda está dañada: la clave es correcta, pero los datos no superaron la comprobación de integridad. No se cambió nada. Restaura una copia de seguridad si tienes una.</translation>
    </message>
    <message>
        <source>The vault&apos;s journal file (vault.db-wal) is missing, so the most recent changes may be lost. Nothing was changed. You can open the vault as it is, without them, or restore a backup.</source>
        <translation>Falta el archivo de registro de la bóveda (vault.db-wal), así que los cambios más recientes pueden haberse perdido. No se cambió nada. Puedes abrir la bóveda tal como está, sin ellos, o restaurar una copia de seguridad.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing more could be saved. Free some space and try again.</source>
        <translation>El disco está lleno, así que no se pudo guardar nada más. Libera algo de espacio e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>This vault is already open in another Recovery Desktop window or command. Close that one first.</source>
        <translation>Esta bóveda ya está abierta en otra ventana u orden de Recovery Desktop. Ciérrala primero.</translation>
    </message>
    <message>
        <source>This copy of Recovery Desktop was built without the encryption it needs.</source>
        <translation>Esta copia de Recovery Desktop se compiló sin el cifrado que necesita.</translation>
    </message>
    <message>
        <source>This vault was written by a newer version of Recovery Desktop. Please update.</source>
        <translation>Esta bóveda la escribió una versión más reciente de Recovery Desktop. Actualiza la app.</translation>
    </message>
    <message>
        <source>The vault folder cannot be written to (permission denied or read-only).</source>
        <translation>No se puede escribir en la carpeta de la bóveda (permiso denegado o solo lectura).</translation>
    </message>
    <message>
        <source>The vault&apos;s database could not be opened for writing.</source>
        <translation>No se pudo abrir la base de datos de la bóveda para escribir.</translation>
    </message>
    <message>
        <source>The vault folder cannot be used.</source>
        <translation>No se puede usar la carpeta de la bóveda.</translation>
    </message>
</context>
<context>
    <name>WelcomeStep</name>
    <message>
        <source>Welcome</source>
        <translation>Te damos la bienvenida</translation>
    </message>
    <message>
        <source>Get started</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>This is a private space for your recovery work. Everything you write stays on this computer, encrypted, and nothing is sent anywhere.</source>
        <translation>Este es un espacio privado para tu trabajo de recuperación. Todo lo que escribes se queda en este ordenador, cifrado, y no se envía a ninguna parte.</translation>
    </message>
    <message>
        <source>First, let’s set up your vault: the locked place where your entries are kept. It takes a few minutes:</source>
        <translation>Primero, preparemos tu bóveda: el lugar cerrado donde se guardan tus entradas. Lleva unos minutos:</translation>
    </message>
    <message>
        <source>1.  Choose a passphrase</source>
        <translation>1.  Elige una frase de contraseña</translation>
    </message>
    <message>
        <source>2.  Save your recovery key</source>
        <translation>2.  Guarda tu clave de recuperación</translation>
    </message>
    <message>
        <source>3.  Decide whether this computer may remember the vault</source>
        <translation>3.  Decide si este ordenador puede recordar la bóveda</translation>
    </message>
    <message>
        <source>4.  Answer a few optional questions</source>
        <translation>4.  Responde unas preguntas opcionales</translation>
    </message>
    <message>
        <source>Your vault will be kept in this folder:</source>
        <translation>Tu bóveda se guardará en esta carpeta:</translation>
    </message>
    <message>
        <source>Vault folder</source>
        <translation>Carpeta de la bóveda</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>Menu bar</source>
        <translation>Barra de menús</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Aju&amp;stes…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Close window</source>
        <translation>Cerrar la ventana</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>Acerca &amp;de</translation>
    </message>
</context>
<context>
    <name>WindowTitle</name>
    <message>
        <source>Workbook</source>
        <translation>Cuaderno</translation>
    </message>
</context>
<context>
    <name>WorksheetEditor</name>
    <message>
        <source>Back to the list</source>
        <translation>Volver a la lista</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Guardar (Ctrl+S)</translation>
    </message>
    <message>
        <source>Start a new version</source>
        <translation>Empezar una versión nueva</translation>
    </message>
    <message>
        <source>Compare versions</source>
        <translation>Comparar versiones</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <source>Made with an earlier version of this worksheet; it opens as it was.</source>
        <translation>Se hizo con una versión anterior de esta hoja de trabajo; se abre tal como estaba.</translation>
    </message>
    <message>
        <source>Will be linked to the entry you came from.</source>
        <translation>Se enlazará con la entrada de la que vienes.</translation>
    </message>
    <message>
        <source>Unsaved changes brought back</source>
        <translation>Se recuperaron los cambios sin guardar</translation>
    </message>
    <message>
        <source>Draft kept</source>
        <translation>Borrador conservado</translation>
    </message>
    <message>
        <source>To mark it complete, fill in: %1</source>
        <translation>Para marcarla como terminada, rellena: %1</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
</context>
<context>
    <name>WorksheetForm</name>
    <message>
        <source>From an earlier version of this worksheet:</source>
        <translation>De una versión anterior de esta hoja de trabajo:</translation>
    </message>
</context>
<context>
    <name>WorksheetListModel</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Conducta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizada</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (versión %2)</translation>
    </message>
</context>
<context>
    <name>WorksheetsPage</name>
    <message>
        <source>Complete</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Some worksheet files could not be loaded; the others work:</source>
        <translation>Algunos archivos de hojas de trabajo no se pudieron cargar; los demás funcionan:</translation>
    </message>
    <message>
        <source>You have unsaved changes in “%1”.</source>
        <translation>Tienes cambios sin guardar en «%1».</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>Worksheet deleted.</source>
        <translation>Hoja de trabajo borrada.</translation>
    </message>
    <message>
        <source>Worksheets</source>
        <translation>Hojas de trabajo</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <source>Mon</source>
        <translation>Lun</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Mar</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mié</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Jue</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Vie</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sáb</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Dom</translation>
    </message>
</context>
<context>
    <name>fellowships</name>
    <message>
        <source>alcohol</source>
        <translation>el alcohol</translation>
    </message>
    <message>
        <source>addiction</source>
        <translation>la adicción</translation>
    </message>
    <message>
        <source>gambling</source>
        <translation>el juego</translation>
    </message>
    <message>
        <source>food</source>
        <translation>la comida</translation>
    </message>
    <message>
        <source>sex and love addiction</source>
        <translation>la adicción al sexo y al amor</translation>
    </message>
    <message>
        <source>debt</source>
        <translation>las deudas</translation>
    </message>
    <message>
        <source>the addict</source>
        <translation>la persona adicta</translation>
    </message>
    <message>
        <source>dual illness</source>
        <translation>la patología dual</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <source>Saved a PDF to %1 (not encrypted).</source>
        <translation>PDF guardado en %1 (sin cifrar).</translation>
    </message>
</context>
<context>
    <name>problems</name>
    <message>
        <source>Please give the behaviour a name, in your own words.</source>
        <translation>Ponle un nombre a la conducta, con tus propias palabras.</translation>
    </message>
    <message>
        <source>Please keep the name under %1 characters.</source>
        <translation>Intenta que el nombre tenga menos de %1 caracteres.</translation>
    </message>
    <message>
        <source>Please choose at least one behaviour for this goal.</source>
        <translation>Elige al menos una conducta para esta meta.</translation>
    </message>
    <message>
        <source>The plan&apos;s limit should be a number from 0 to 100,000.</source>
        <translation>El límite del plan debe ser un número entre 0 y 100.000.</translation>
    </message>
    <message>
        <source>Please say which fellowship or group the meeting belonged to.</source>
        <translation>Indica de qué confraternidad o grupo era la reunión.</translation>
    </message>
    <message>
        <source>That meeting is still ahead. You can log it once you have been; nothing you typed is lost.</source>
        <translation>Esa reunión todavía no ha llegado. Podrás registrarla cuando hayas ido; no se ha perdido nada de lo que escribiste.</translation>
    </message>
    <message>
        <source>Please choose a date after 1935.</source>
        <translation>Elige una fecha posterior a 1935.</translation>
    </message>
    <message>
        <source>Please keep names under %1 characters.</source>
        <translation>Intenta que los nombres tengan menos de %1 caracteres.</translation>
    </message>
    <message>
        <source>The notes are longer than %1 characters. Please shorten them; nothing has been lost, your words are still in the form.</source>
        <translation>Las notas tienen más de %1 caracteres. Acórtalas, por favor; no se ha perdido nada, tus palabras siguen en el formulario.</translation>
    </message>
    <message>
        <source>That meeting is no longer in the log.</source>
        <translation>Esa reunión ya no está en el registro.</translation>
    </message>
    <message>
        <source>Please name the group, or choose its fellowship.</source>
        <translation>Escribe el nombre del grupo o elige su confraternidad.</translation>
    </message>
    <message>
        <source>A check-in is for today or a day that has passed.</source>
        <translation>Un registro es para hoy o para un día que ya pasó.</translation>
    </message>
    <message>
        <source>Please choose a mood on the scale.</source>
        <translation>Elige un estado de ánimo en la escala.</translation>
    </message>
    <message>
        <source>Anxiety is rated from 0 to 10.</source>
        <translation>La ansiedad se valora de 0 a 10.</translation>
    </message>
    <message>
        <source>Hours of sleep should be between 0 and 24.</source>
        <translation>Las horas de sueño deben estar entre 0 y 24.</translation>
    </message>
    <message>
        <source>Please keep the plan to %1 actions or fewer.</source>
        <translation>Intenta que el plan tenga %1 acciones o menos.</translation>
    </message>
    <message>
        <source>Each planned day should fall in the seven days after the review day (%1 to %2).</source>
        <translation>Cada día planeado debe caer en los siete días posteriores al día de revisión (del %1 al %2).</translation>
    </message>
    <message>
        <source>Please give the line a name and a number or address.</source>
        <translation>Ponle a la línea un nombre y un número o una dirección.</translation>
    </message>
    <message>
        <source>Please add the number, text code or address to reach it.</source>
        <translation>Añade el número, el código de texto o la dirección para contactar.</translation>
    </message>
    <message>
        <source>Please keep each part under %1 characters.</source>
        <translation>Intenta que cada parte tenga menos de %1 caracteres.</translation>
    </message>
    <message>
        <source>Please give a name, or whatever you call them.</source>
        <translation>Escribe un nombre, o como sea que llames a esta persona.</translation>
    </message>
    <message>
        <source>Contact details are limited to %1 characters each.</source>
        <translation>Cada dato de contacto admite hasta %1 caracteres.</translation>
    </message>
    <message>
        <source>That person is no longer in your list.</source>
        <translation>Esa persona ya no está en tu lista.</translation>
    </message>
    <message>
        <source>That time is still ahead. Please log a contact once it has happened; nothing you typed is lost.</source>
        <translation>Ese momento todavía no ha llegado. Registra el contacto cuando haya ocurrido; no se ha perdido nada de lo que escribiste.</translation>
    </message>
    <message>
        <source>Please choose a date after 1900.</source>
        <translation>Elige una fecha posterior a 1900.</translation>
    </message>
    <message>
        <source>The note is longer than %1 characters. Please shorten it; nothing has been lost, your words are still in the form.</source>
        <translation>La nota tiene más de %1 caracteres. Acórtala, por favor; no se ha perdido nada, tus palabras siguen en el formulario.</translation>
    </message>
    <message>
        <source>Please choose who the contact was with.</source>
        <translation>Elige con quién fue el contacto.</translation>
    </message>
    <message>
        <source>Please say who or what you resent (a person, a place, an idea).</source>
        <translation>Indica a quién o a qué le tienes resentimiento (una persona, un lugar, una idea).</translation>
    </message>
    <message>
        <source>Please name the fear first.</source>
        <translation>Primero nombra el miedo.</translation>
    </message>
    <message>
        <source>Please describe the situation first.</source>
        <translation>Primero describe la situación.</translation>
    </message>
    <message>
        <source>There is no inventory list called %1.</source>
        <translation>No hay ninguna lista de inventario llamada %1.</translation>
    </message>
    <message>
        <source>This fellowship is no longer in your list.</source>
        <translation>Esta confraternidad ya no está en tu lista.</translation>
    </message>
    <message>
        <source>Please type the person&apos;s name (or how you think of them) first.</source>
        <translation>Primero escribe el nombre de la persona (o cómo piensas en ella).</translation>
    </message>
    <message>
        <source>That name is longer than 200 characters. Please shorten it.</source>
        <translation>Ese nombre tiene más de 200 caracteres. Acórtalo, por favor.</translation>
    </message>
    <message>
        <source>That evening is still to come. Please choose today or an earlier day.</source>
        <translation>Esa noche todavía no ha llegado. Elige hoy o un día anterior.</translation>
    </message>
    <message>
        <source>Please choose a day after 1900.</source>
        <translation>Elige un día posterior a 1900.</translation>
    </message>
    <message>
        <source>The date you started this step is in the future. Please choose today or an earlier day.</source>
        <translation>La fecha en que empezaste este paso está en el futuro. Elige hoy o un día anterior.</translation>
    </message>
    <message>
        <source>The date you started this step should be after 1900.</source>
        <translation>La fecha en que empezaste este paso debe ser posterior a 1900.</translation>
    </message>
    <message>
        <source>The date you completed this step is in the future. Please choose today or an earlier day.</source>
        <translation>La fecha en que terminaste este paso está en el futuro. Elige hoy o un día anterior.</translation>
    </message>
    <message>
        <source>The date you completed this step should be after 1900.</source>
        <translation>La fecha en que terminaste este paso debe ser posterior a 1900.</translation>
    </message>
    <message>
        <source>The date you completed this step is before the date you started it. Please check both dates.</source>
        <translation>La fecha en que terminaste este paso es anterior a la fecha en que lo empezaste. Revisa las dos fechas.</translation>
    </message>
    <message>
        <source>Please choose a fellowship from the list.</source>
        <translation>Elige una confraternidad de la lista.</translation>
    </message>
    <message>
        <source>%1 is already in your list.</source>
        <translation>%1 ya está en tu lista.</translation>
    </message>
    <message>
        <source>Steps are numbered 1 to 12.</source>
        <translation>Los pasos van del 1 al 12.</translation>
    </message>
    <message>
        <source>Please write something in the entry first.</source>
        <translation>Primero escribe algo en la entrada.</translation>
    </message>
    <message>
        <source>The entry&apos;s date is in the future. Please choose today or an earlier day.</source>
        <translation>La fecha de la entrada está en el futuro. Elige hoy o un día anterior.</translation>
    </message>
    <message>
        <source>The entry&apos;s date should be after 1900.</source>
        <translation>La fecha de la entrada debe ser posterior a 1900.</translation>
    </message>
    <message>
        <source>Intensity is a number from 0 (none) to 10 (the strongest).</source>
        <translation>La intensidad es un número de 0 (nada) a 10 (la más fuerte).</translation>
    </message>
    <message>
        <source>That time is in the future. Please choose now or an earlier time.</source>
        <translation>Esa hora está en el futuro. Elige ahora o una hora anterior.</translation>
    </message>
    <message>
        <source>Please choose a time after 1900.</source>
        <translation>Elige un momento posterior a 1900.</translation>
    </message>
    <message>
        <source>How long it lasted should be between 0 minutes and a week.</source>
        <translation>Lo que duró debe estar entre 0 minutos y una semana.</translation>
    </message>
    <message>
        <source>One of the texts is longer than %1 characters. Please shorten it; nothing has been lost, your words are still in the form.</source>
        <translation>Uno de los textos tiene más de %1 caracteres. Acórtalo, por favor; no se ha perdido nada, tus palabras siguen en el formulario.</translation>
    </message>
    <message>
        <source>A feeling&apos;s strength is a number from 0 to 10.</source>
        <translation>La intensidad de un sentimiento es un número de 0 a 10.</translation>
    </message>
    <message>
        <source>Please choose which behaviour this was about.</source>
        <translation>Elige de qué conducta se trataba.</translation>
    </message>
    <message>
        <source>This entry no longer exists.</source>
        <translation>Esta entrada ya no existe.</translation>
    </message>
</context>
<context>
    <name>rebt</name>
    <message>
        <source>Demand</source>
        <translation>Exigencia</translation>
    </message>
    <message>
        <source>A rigid rule: must, should, have to.</source>
        <translation>Una norma rígida: tengo que, debería, debo.</translation>
    </message>
    <message>
        <source>A strong preference: I&apos;d really like…, but it isn&apos;t a law.</source>
        <translation>Una preferencia fuerte: me gustaría mucho…, pero no es una ley.</translation>
    </message>
    <message>
        <source>Awfulizing</source>
        <translation>Catastrofismo</translation>
    </message>
    <message>
        <source>Seeing something as the worst that could happen.</source>
        <translation>Ver algo como lo peor que podría pasar.</translation>
    </message>
    <message>
        <source>Bad, maybe very bad, but not the end of everything.</source>
        <translation>Malo, quizá muy malo, pero no el fin de todo.</translation>
    </message>
    <message>
        <source>Can&apos;t-stand-it</source>
        <translation>No lo soporto</translation>
    </message>
    <message>
        <source>Telling yourself you can&apos;t bear a feeling or situation.</source>
        <translation>Decirte que no puedes aguantar un sentimiento o una situación.</translation>
    </message>
    <message>
        <source>Hard, and I can get through it.</source>
        <translation>Difícil, y puedo pasar por ello.</translation>
    </message>
    <message>
        <source>Global rating</source>
        <translation>Juicio global</translation>
    </message>
    <message>
        <source>Judging a whole person, yourself included, by one act.</source>
        <translation>Juzgar a una persona entera, tú incluido/a, por un solo acto.</translation>
    </message>
    <message>
        <source>Rate the action, accept the person.</source>
        <translation>Valora la acción, acepta a la persona.</translation>
    </message>
    <message>
        <source>Evidence: what supports this thought, and what doesn&apos;t?</source>
        <translation>Evidencia: ¿qué apoya este pensamiento y qué no?</translation>
    </message>
    <message>
        <source>Logic: does wanting something make it a must?</source>
        <translation>Lógica: ¿querer algo lo convierte en una obligación?</translation>
    </message>
    <message>
        <source>Usefulness: does thinking this help me reach my goal?</source>
        <translation>Utilidad: ¿pensar esto me ayuda a llegar a mi meta?</translation>
    </message>
    <message>
        <source>Where is it written that it must be this way?</source>
        <translation>¿Dónde está escrito que tenga que ser así?</translation>
    </message>
    <message>
        <source>I&apos;d prefer it; does that mean it has to happen?</source>
        <translation>Lo preferiría; ¿significa eso que tiene que pasar?</translation>
    </message>
    <message>
        <source>On a scale from 0 to 100, honestly, how bad is it?</source>
        <translation>En una escala de 0 a 100, con honestidad, ¿cómo de malo es?</translation>
    </message>
    <message>
        <source>What would I tell a friend who said this was the worst thing ever?</source>
        <translation>¿Qué le diría a una amistad que dijera que esto es lo peor del mundo?</translation>
    </message>
    <message>
        <source>I&apos;m still here. What helped me get through something like this before?</source>
        <translation>Sigo aquí. ¿Qué me ayudó a pasar por algo así antes?</translation>
    </message>
    <message>
        <source>Is it truly unbearable, or very uncomfortable?</source>
        <translation>¿De verdad es insoportable, o muy incómodo?</translation>
    </message>
    <message>
        <source>Would I judge a friend this way for the same thing?</source>
        <translation>¿Juzgaría así a una amistad por lo mismo?</translation>
    </message>
    <message>
        <source>Does one action make a whole person good or bad?</source>
        <translation>¿Una sola acción hace buena o mala a una persona entera?</translation>
    </message>
</context>
<context>
    <name>reminders</name>
    <message>
        <source>A reminder you set is due.</source>
        <translation>Ha llegado un recordatorio que pusiste.</translation>
    </message>
    <message>
        <source>Your weekly review day: a good moment to look back and plan ahead.</source>
        <translation>Tu día de revisión semanal: un buen momento para mirar atrás y planear lo que viene.</translation>
    </message>
    <message>
        <source>A moment for your daily check-in, if you like.</source>
        <translation>Un momento para tu registro diario, si te apetece.</translation>
    </message>
    <message>
        <source>You planned a meeting for today.</source>
        <translation>Planeaste una reunión para hoy.</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Recordatorio</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss reminder</source>
        <translation>Descartar el recordatorio</translation>
    </message>
</context>
<context>
    <name>review</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Weekly review</source>
        <translation>Revisión semanal</translation>
    </message>
    <message>
        <source>%1 actions, %2 done</source>
        <translation>%1 acciones, %2 hechas</translation>
    </message>
    <message>
        <source>Compare with an earlier review</source>
        <translation>Comparar con una revisión anterior</translation>
    </message>
    <message>
        <source>Choose a saved review…</source>
        <translation>Elige una revisión guardada…</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Win</source>
        <translation>Logro</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Reto</translation>
    </message>
    <message>
        <source>For the group</source>
        <translation>Para el grupo</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Urges</source>
        <translation>Impulsos</translation>
    </message>
    <message>
        <source>Kept to goal</source>
        <translation>Se mantuvo la meta</translation>
    </message>
    <message>
        <source>Mean intensity</source>
        <translation>Intensidad media</translation>
    </message>
    <message>
        <source>Not marked yet</source>
        <translation>Sin marcar todavía</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>En parte</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Sin hacer</translation>
    </message>
    <message>
        <source>e.g. walk after work, call a friend</source>
        <translation>p. ej. caminar después del trabajo, llamar a una amistad</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Any day</source>
        <translation>Cualquier día</translation>
    </message>
    <message>
        <source>A meeting</source>
        <translation>Una reunión</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove this action</source>
        <translation>Quitar esta acción</translation>
    </message>
    <message>
        <source>Last week&apos;s plan: how did it go?</source>
        <translation>El plan de la semana pasada: ¿cómo fue?</translation>
    </message>
    <message>
        <source>A win this week</source>
        <translation>Un logro de esta semana</translation>
    </message>
    <message>
        <source>Something that went well, however small.</source>
        <translation>Algo que salió bien, por pequeño que sea.</translation>
    </message>
    <message>
        <source>A challenge</source>
        <translation>Un reto</translation>
    </message>
    <message>
        <source>Something that was hard.</source>
        <translation>Algo que costó.</translation>
    </message>
    <message>
        <source>To bring to the group</source>
        <translation>Para llevar al grupo</translation>
    </message>
    <message>
        <source>A topic or question for your meeting or helper.</source>
        <translation>Un tema o una pregunta para tu reunión o para quien te acompaña.</translation>
    </message>
    <message>
        <source>My plan for the next seven days</source>
        <translation>Mi plan para los próximos siete días</translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation>Añadir una acción</translation>
    </message>
    <message>
        <source>From %1 to %2. Give each action a day if you can.</source>
        <translation>Del %1 al %2. Si puedes, dale un día a cada acción.</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>cualquier día</translation>
    </message>
    <message>
        <source>Very low</source>
        <translation>Muy bajo</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <source>A bit low</source>
        <translation>Algo bajo</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>Equilibrado</translation>
    </message>
    <message>
        <source>A bit high</source>
        <translation>Algo alto</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alto</translation>
    </message>
    <message>
        <source>Very high</source>
        <translation>Muy alto</translation>
    </message>
    <message>
        <source>Urges and lapses</source>
        <translation>Impulsos y deslices</translation>
    </message>
    <message>
        <source>No urges logged this week.</source>
        <translation>Esta semana no hay impulsos registrados.</translation>
    </message>
    <message>
        <source>Urges: %1, kept to your goal: %2 (%3). Lapses: %4. Mean intensity %5, peak %6.</source>
        <translation>Impulsos: %1, mantuviste tu meta en %2 (%3). Deslices: %4. Intensidad media %5, máxima %6.</translation>
    </message>
    <message>
        <source>%1: urges %2, mean %3, peak %4, kept to goal %5</source>
        <translation>%1: impulsos %2, media %3, máxima %4, meta mantenida %5</translation>
    </message>
    <message>
        <source>Lapses (information, not failure): </source>
        <translation>Deslices (información, no fracaso): </translation>
    </message>
    <message>
        <source>Top triggers: </source>
        <translation>Desencadenantes principales: </translation>
    </message>
    <message>
        <source>Situations: </source>
        <translation>Situaciones: </translation>
    </message>
    <message>
        <source>HALT: </source>
        <translation>HALT: </translation>
    </message>
    <message>
        <source>Coping that worked: </source>
        <translation>Lo que funcionó para afrontarlo: </translation>
    </message>
    <message>
        <source>Worth a look: %1 went from %2 to %3 over four weeks while %4 went from %5 to %6. One behaviour can take another&apos;s place.</source>
        <translation>Vale la pena mirarlo: %1 pasó de %2 a %3 en cuatro semanas mientras que %4 pasó de %5 a %6. Una conducta puede ocupar el lugar de otra.</translation>
    </message>
    <message>
        <source>Clean time</source>
        <translation>Tiempo limpio</translation>
    </message>
    <message>
        <source>%1: %2 days (since %3)</source>
        <translation>%1: %2 días (desde el %3)</translation>
    </message>
    <message>
        <source>, %1 lapses this week</source>
        <translation>, %1 deslices esta semana</translation>
    </message>
    <message>
        <source>Finished: %1 (%2)</source>
        <translation>Terminadas: %1 (%2)</translation>
    </message>
    <message>
        <source>Started and still open: %1</source>
        <translation>Empezadas y todavía abiertas: %1</translation>
    </message>
    <message>
        <source>Worksheets</source>
        <translation>Hojas de trabajo</translation>
    </message>
    <message>
        <source>%1 check-ins. Mood on average: %2 (lowest: %3, highest: %4).</source>
        <translation>%1 registros. Ánimo de media: %2 (más bajo: %3, más alto: %4).</translation>
    </message>
    <message>
        <source>Anxiety on average %1 of 10. Sleep on average %2 hours.</source>
        <translation>Ansiedad de media %1 de 10. Sueño de media %2 horas.</translation>
    </message>
    <message>
        <source>Medication as prescribed on %1 of %2 days.</source>
        <translation>Medicación según lo recetado %1 de %2 días.</translation>
    </message>
    <message>
        <source>Days with thoughts of harming yourself: %1. You deserve support with this; the crisis card is always one click away.</source>
        <translation>Días con pensamientos de hacerte daño: %1. Mereces apoyo con esto; la tarjeta de crisis siempre está a un clic.</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Ánimo</translation>
    </message>
    <message>
        <source>Nothing prescribed</source>
        <translation>Nada recetado</translation>
    </message>
    <message>
        <source>Taken as prescribed</source>
        <translation>Tomada según lo recetado</translation>
    </message>
    <message>
        <source>Some of it</source>
        <translation>Una parte</translation>
    </message>
    <message>
        <source>Not taken</source>
        <translation>Sin tomar</translation>
    </message>
    <message>
        <source>Last week&apos;s plan</source>
        <translation>El plan de la semana pasada</translation>
    </message>
    <message>
        <source>Weekly review and reminders</source>
        <translation>Revisión semanal y recordatorios</translation>
    </message>
    <message>
        <source>Review day</source>
        <translation>Día de revisión</translation>
    </message>
    <message>
        <source>%1 (the end of your week here)</source>
        <translation>%1 (el final de tu semana aquí)</translation>
    </message>
    <message>
        <source>The review covers the seven days ending on this day, e.g. the day of your group. Reminders appear only while the app is running and never show anything you wrote; in privacy mode they do not name the app either.</source>
        <translation>La revisión abarca los siete días que terminan en este día, por ejemplo el día de tu grupo. Los recordatorios solo aparecen mientras la app está abierta y nunca muestran nada de lo que escribiste; en modo privado tampoco nombran la app.</translation>
    </message>
    <message>
        <source>Remind me on my review day</source>
        <translation>Recordármelo el día de revisión</translation>
    </message>
    <message>
        <source>Remind me of the daily mood check-in</source>
        <translation>Recordarme el registro diario de ánimo</translation>
    </message>
    <message>
        <source>Remind me of a meeting I planned for the day</source>
        <translation>Recordarme una reunión que planeé para ese día</translation>
    </message>
    <message>
        <source>Start quietly when I log in</source>
        <translation>Iniciar discretamente al entrar en la sesión</translation>
    </message>
    <message>
        <source>The app will start minimised when you log in.</source>
        <translation>La app se iniciará minimizada al entrar en la sesión.</translation>
    </message>
    <message>
        <source>The app will no longer start when you log in.</source>
        <translation>La app ya no se iniciará al entrar en la sesión.</translation>
    </message>
    <message>
        <source>Could not change this: %1</source>
        <translation>No se pudo cambiar esto: %1</translation>
    </message>
    <message>
        <source>Urges per day, by behaviour</source>
        <translation>Impulsos por día, por conducta</translation>
    </message>
    <message>
        <source>Mean intensity per week (0 to 10)</source>
        <translation>Intensidad media por semana (0 a 10)</translation>
    </message>
    <message>
        <source>Share of urges where you kept to your goal</source>
        <translation>Proporción de impulsos en los que mantuviste tu meta</translation>
    </message>
    <message>
        <source>Meetings per week</source>
        <translation>Reuniones por semana</translation>
    </message>
    <message>
        <source>you shared</source>
        <translation>compartiste</translation>
    </message>
    <message>
        <source>%1 this week</source>
        <translation>%1 esta semana</translation>
    </message>
    <message>
        <source>; you shared at %1</source>
        <translation>; compartiste en %1</translation>
    </message>
    <message>
        <source>No meetings logged this week.</source>
        <translation>No hay reuniones registradas esta semana.</translation>
    </message>
    <message>
        <source>90 in 90: finished, %1 in the 90 days.</source>
        <translation>90 en 90: terminado, %1 en los 90 días.</translation>
    </message>
    <message>
        <source>90 in 90: day %1 of 90, %2 so far.</source>
        <translation>90 en 90: día %1 de 90, %2 hasta ahora.</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>Sponsor and support contacts</source>
        <translation>Padrino o madrina y contactos de apoyo</translation>
    </message>
    <message>
        <source>No contacts logged this week.</source>
        <translation>No hay contactos registrados esta semana.</translation>
    </message>
    <message>
        <source>With your sponsor: %1.</source>
        <translation>Con tu padrino o madrina: %1.</translation>
    </message>
    <message>
        <source>No contact with your sponsor logged this week.</source>
        <translation>Esta semana no hay contacto registrado con tu padrino o madrina.</translation>
    </message>
    <message>
        <source>With other people in your support network: %1.</source>
        <translation>Con otras personas de tu red de apoyo: %1.</translation>
    </message>
    <message>
        <source>%1: %2 of 12 steps done</source>
        <translation>%1: %2 de 12 pasos hechos</translation>
    </message>
    <message>
        <source>, working on Step %1</source>
        <translation>, trabajando en el Paso %1</translation>
    </message>
    <message>
        <source>completed Step %1</source>
        <translation>completaste el Paso %1</translation>
    </message>
    <message>
        <source>started Step %1</source>
        <translation>empezaste el Paso %1</translation>
    </message>
    <message>
        <source>worked on Step %1</source>
        <translation>trabajaste en el Paso %1</translation>
    </message>
    <message>
        <source>This week: </source>
        <translation>Esta semana: </translation>
    </message>
    <message>
        <source>Journal entries: </source>
        <translation>Entradas del diario: </translation>
    </message>
    <message>
        <source>Step %1 (%2)</source>
        <translation>Paso %1 (%2)</translation>
    </message>
    <message>
        <source>Step 4 inventory: %1 written (kept private).</source>
        <translation>Inventario del Paso 4: %1 escritas (se mantiene privado).</translation>
    </message>
    <message>
        <source>Step 8 list: %1 added.</source>
        <translation>Lista del Paso 8: %1 añadidas.</translation>
    </message>
    <message>
        <source>Step 10 nightly reviews: %1.</source>
        <translation>Revisiones nocturnas del Paso 10: %1.</translation>
    </message>
    <message>
        <source>No step work logged this week.</source>
        <translation>No hay trabajo de los pasos registrado esta semana.</translation>
    </message>
    <message>
        <source>Step work</source>
        <translation>Trabajo de los pasos</translation>
    </message>
    <message>
        <source>%1: you reached %2 on %3. Well done.</source>
        <translation>%1: alcanzaste %2 el %3. Enhorabuena.</translation>
    </message>
    <message>
        <source>%1: next milestone %2, on %3</source>
        <translation>%1: siguiente hito %2, el %3</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>mañana</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>en %1</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Hitos</translation>
    </message>
    <message>
        <source>Mood by day</source>
        <translation>Ánimo por día</translation>
    </message>
    <message>
        <source>Urges by weekday and hour</source>
        <translation>Impulsos por día de la semana y hora</translation>
    </message>
</context>
<context>
    <name>steps</name>
    <message>
        <source>Honesty</source>
        <translation>Honestidad</translation>
    </message>
    <message>
        <source>Hope</source>
        <translation>Esperanza</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventario</translation>
    </message>
    <message>
        <source>Sharing it</source>
        <translation>Compartirlo</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Disposición</translation>
    </message>
    <message>
        <source>Asking for help</source>
        <translation>Pedir ayuda</translation>
    </message>
    <message>
        <source>The list</source>
        <translation>La lista</translation>
    </message>
    <message>
        <source>Amends</source>
        <translation>Reparaciones</translation>
    </message>
    <message>
        <source>Daily review</source>
        <translation>Día a día</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflexión</translation>
    </message>
    <message>
        <source>Passing it on</source>
        <translation>Transmitirlo</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Sin empezar</translation>
    </message>
    <message>
        <source>Working on it</source>
        <translation>Trabajándolo</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Revisiting</source>
        <translation>Volviendo a él</translation>
    </message>
    <message>
        <source>Admitting that I cannot control another person&apos;s drinking, using or behaviour, and that trying to had made my own life hard to manage.</source>
        <translation>Admitir que no puedo controlar la bebida, el consumo o la conducta de otra persona, y que intentarlo había hecho que mi propia vida fuera difícil de manejar.</translation>
    </message>
    <message>
        <source>Admitting honestly that I could not manage %1 on my own, and that my life had become hard to manage because of it.</source>
        <translation>Admitir con honestidad que no podía manejar %1 por mi cuenta, y que por ello mi vida se había vuelto difícil de manejar.</translation>
    </message>
    <message>
        <source>Admitting honestly that I could not manage the problem that brought me here on my own, and that my life had become hard to manage because of it.</source>
        <translation>Admitir con honestidad que no podía manejar por mi cuenta el problema que me trajo aquí, y que por ello mi vida se había vuelto difícil de manejar.</translation>
    </message>
    <message>
        <source>Having found some peace through this work, offering it to other families and friends who are struggling, and living these principles day to day.</source>
        <translation>Habiendo encontrado algo de paz con este trabajo, ofrecerla a otras familias y amistades que lo están pasando mal, y vivir estos principios día a día.</translation>
    </message>
    <message>
        <source>Having changed through working these steps, passing on what helped me to others who are still struggling, and living these principles day to day.</source>
        <translation>Habiendo cambiado al trabajar estos pasos, transmitir lo que me ayudó a otras personas que todavía lo están pasando mal, y vivir estos principios día a día.</translation>
    </message>
    <message>
        <source>Coming to trust that help beyond my own willpower, whether a higher power as I understand it, the group or the experience of others, can restore balance to my life.</source>
        <translation>Llegar a confiar en que una ayuda más allá de mi propia fuerza de voluntad, ya sea un poder superior tal como yo lo entiendo, el grupo o la experiencia de otras personas, puede devolver el equilibrio a mi vida.</translation>
    </message>
    <message>
        <source>Deciding to let that help guide my choices, rather than running everything on my own.</source>
        <translation>Decidir dejar que esa ayuda guíe mis decisiones, en lugar de llevarlo todo por mi cuenta.</translation>
    </message>
    <message>
        <source>Writing an honest, thorough look at myself: my resentments, my fears and how I have treated people, strengths included.</source>
        <translation>Escribir una mirada honesta y a fondo sobre mí: mis resentimientos, mis miedos y cómo he tratado a los demás, incluidas mis fortalezas.</translation>
    </message>
    <message>
        <source>Sharing what I found with one trusted person, and admitting it to myself and, if I believe in one, to a higher power.</source>
        <translation>Compartir lo que encontré con una persona de confianza, y admitirlo ante mí y, si creo en él, ante un poder superior.</translation>
    </message>
    <message>
        <source>Becoming ready to let go of the patterns that keep hurting me and others.</source>
        <translation>Estar dispuesto/a a soltar los patrones que siguen haciéndonos daño a mí y a los demás.</translation>
    </message>
    <message>
        <source>Humbly asking for help to let go of those shortcomings.</source>
        <translation>Pedir con humildad ayuda para soltar esos defectos.</translation>
    </message>
    <message>
        <source>Listing the people I have harmed, and becoming willing to put things right with each of them.</source>
        <translation>Hacer una lista de las personas a las que he hecho daño, y estar dispuesto/a a reparar lo que pueda con cada una.</translation>
    </message>
    <message>
        <source>Putting things right with those people wherever I can, except where doing so would hurt them or someone else.</source>
        <translation>Reparar el daño con esas personas siempre que pueda, excepto cuando hacerlo les haría daño a ellas o a otras.</translation>
    </message>
    <message>
        <source>Keeping up a daily honest look at myself, and owning my part promptly when I get something wrong.</source>
        <translation>Seguir mirándome con honestidad cada día, y reconocer mi parte enseguida cuando me equivoco.</translation>
    </message>
    <message>
        <source>Through reflection, prayer or meditation, staying in touch with what gives me direction and strength.</source>
        <translation>Mediante la reflexión, la oración o la meditación, mantenerme en contacto con lo que me da dirección y fuerza.</translation>
    </message>
    <message>
        <source>Gamblers Anonymous words this step in its own way; its inventory also looks at money (a financial inventory).</source>
        <translation>Jugadores Anónimos formula este paso a su manera; su inventario también mira el dinero (un inventario económico).</translation>
    </message>
    <message>
        <source>Gamblers Anonymous words this step in its own way, with fewer references to God.</source>
        <translation>Jugadores Anónimos formula este paso a su manera, con menos referencias a Dios.</translation>
    </message>
    <message>
        <source>Gamblers Anonymous words this step in its own way, without speaking of a spiritual awakening.</source>
        <translation>Jugadores Anónimos formula este paso a su manera, sin hablar de un despertar espiritual.</translation>
    </message>
    <message>
        <source>Family and friends work these steps about their own recovery: your own wellbeing, choices and boundaries, not the other person&apos;s progress.</source>
        <translation>Las familias y amistades trabajan estos pasos sobre su propia recuperación: tu bienestar, tus decisiones y tus límites, no el progreso de la otra persona.</translation>
    </message>
    <message>
        <source>Keep track of the steps at your own pace. There is no right speed, and coming back to a step is part of the work.</source>
        <translation>Sigue los pasos a tu propio ritmo. No hay una velocidad correcta, y volver a un paso es parte del trabajo.</translation>
    </message>
    <message>
        <source>Self-esteem</source>
        <translation>Autoestima</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Ambitions</source>
        <translation>Ambiciones</translation>
    </message>
    <message>
        <source>Personal relations</source>
        <translation>Relaciones personales</translation>
    </message>
    <message>
        <source>Sex relations</source>
        <translation>Relaciones sexuales</translation>
    </message>
    <message>
        <source>Selfish</source>
        <translation>Egoísta</translation>
    </message>
    <message>
        <source>Dishonest</source>
        <translation>Deshonesto/a</translation>
    </message>
    <message>
        <source>Inconsiderate</source>
        <translation>Desconsiderado/a</translation>
    </message>
</context>
<context>
    <name>support</name>
    <message>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 horas</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 mes</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 meses</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 año</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 años</translation>
    </message>
    <message>
        <source>Not sure / not said</source>
        <translation>No sé / sin decir</translation>
    </message>
    <message>
        <source>Open (anyone welcome)</source>
        <translation>Abierta (todo el mundo es bienvenido)</translation>
    </message>
    <message>
        <source>Closed (members and newcomers)</source>
        <translation>Cerrada (miembros y recién llegados)</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Presencial</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>De oradores</translation>
    </message>
    <message>
        <source>Discussion or topic</source>
        <translation>De debate o tema</translation>
    </message>
    <message>
        <source>Beginners</source>
        <translation>Para principiantes</translation>
    </message>
    <message>
        <source>Step or tradition</source>
        <translation>De paso o tradición</translation>
    </message>
    <message>
        <source>Literature study</source>
        <translation>Estudio de literatura</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Padrino o madrina</translation>
    </message>
    <message>
        <source>Sponsee</source>
        <translation>Ahijado/a</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitador/a</translation>
    </message>
    <message>
        <source>Therapist</source>
        <translation>Terapeuta</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Amistad</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Otra persona</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Mensaje de texto</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Online or video</source>
        <translation>En línea o por vídeo</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Clean time</source>
        <translation>Tiempo limpio</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
</context>
<context>
    <name>urges</name>
    <message>
        <source>Urges and lapses</source>
        <translation>Impulsos y deslices</translation>
    </message>
    <message>
        <source>Behaviours and goals</source>
        <translation>Conductas y metas</translation>
    </message>
    <message>
        <source>All behaviours</source>
        <translation>Todas las conductas</translation>
    </message>
    <message>
        <source>Drinking alcohol</source>
        <translation>Beber alcohol</translation>
    </message>
    <message>
        <source>Prescribed drugs</source>
        <translation>Medicamentos recetados</translation>
    </message>
    <message>
        <source>Drugs seen as less harmful</source>
        <translation>Drogas vistas como menos dañinas</translation>
    </message>
    <message>
        <source>Gambling</source>
        <translation>Apuestas y juego</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Dinero</translation>
    </message>
    <message>
        <source>Shopping</source>
        <translation>Compras</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Otra cosa</translation>
    </message>
    <message>
        <source>Not at all (abstinent)</source>
        <translation>Nada en absoluto (abstinencia)</translation>
    </message>
    <message>
        <source>Within limits I set (control)</source>
        <translation>Dentro de los límites que me pongo (control)</translation>
    </message>
    <message>
        <source>Less than now (minimising)</source>
        <translation>Menos que ahora (reducción)</translation>
    </message>
    <message>
        <source>a day</source>
        <translation>un día</translation>
    </message>
    <message>
        <source>a week</source>
        <translation>una semana</translation>
    </message>
    <message>
        <source>It passed; I did not act on it</source>
        <translation>Se pasó; no actué</translation>
    </message>
    <message>
        <source>I lapsed</source>
        <translation>Tuve un desliz</translation>
    </message>
    <message>
        <source>Within my plan</source>
        <translation>Dentro de mi plan</translation>
    </message>
    <message>
        <source>Over my plan</source>
        <translation>Por encima de mi plan</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Pasó</translation>
    </message>
    <message>
        <source>Lapse</source>
        <translation>Desliz</translation>
    </message>
    <message>
        <source>Within plan</source>
        <translation>Dentro del plan</translation>
    </message>
    <message>
        <source>Over plan</source>
        <translation>Por encima del plan</translation>
    </message>
    <message>
        <source>Hungry</source>
        <translation>Hambre</translation>
    </message>
    <message>
        <source>Angry</source>
        <translation>Enfado</translation>
    </message>
    <message>
        <source>Lonely</source>
        <translation>Soledad</translation>
    </message>
    <message>
        <source>Tired</source>
        <translation>Cansancio</translation>
    </message>
    <message>
        <source>A painful feeling</source>
        <translation>Un sentimiento doloroso</translation>
    </message>
    <message>
        <source>Pain or feeling unwell</source>
        <translation>Dolor o malestar</translation>
    </message>
    <message>
        <source>A good mood</source>
        <translation>Un buen estado de ánimo</translation>
    </message>
    <message>
        <source>Testing myself</source>
        <translation>Ponerme a prueba</translation>
    </message>
    <message>
        <source>A sudden craving</source>
        <translation>Unas ganas repentinas</translation>
    </message>
    <message>
        <source>Conflict with someone</source>
        <translation>Un conflicto con alguien</translation>
    </message>
    <message>
        <source>Pressure from others</source>
        <translation>Presión de otras personas</translation>
    </message>
    <message>
        <source>Celebrating</source>
        <translation>Una celebración</translation>
    </message>
    <message>
        <source>Delayed it (it will pass)</source>
        <translation>Lo retrasé (pasará)</translation>
    </message>
    <message>
        <source>Left the situation</source>
        <translation>Me fui de la situación</translation>
    </message>
    <message>
        <source>Avoided the trigger</source>
        <translation>Evité el desencadenante</translation>
    </message>
    <message>
        <source>Argued back at the urge</source>
        <translation>Le respondí al impulso</translation>
    </message>
    <message>
        <source>Let it peak and fade</source>
        <translation>Dejé que llegara a su punto más alto y se apagara</translation>
    </message>
    <message>
        <source>Distracted myself</source>
        <translation>Me distraje</translation>
    </message>
    <message>
        <source>Did something healthy instead</source>
        <translation>Hice algo sano en su lugar</translation>
    </message>
    <message>
        <source>DISARM</source>
        <translation>DISARM</translation>
    </message>
    <message>
        <source>ABC</source>
        <translation>ABC</translation>
    </message>
    <message>
        <source>Urge surfing</source>
        <translation>Surfear el impulso</translation>
    </message>
    <message>
        <source>Ate, rested or reached out (HALT)</source>
        <translation>Comí, descansé o busqué a alguien (HALT)</translation>
    </message>
    <message>
        <source>Called someone</source>
        <translation>Llamé a alguien</translation>
    </message>
    <message>
        <source>Went to a meeting</source>
        <translation>Fui a una reunión</translation>
    </message>
</context>
</TS>
