<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ArrowCaption</name>
    <message>
        <source>Arrow length grows with log |∇f|: |∇f| = %1 is drawn longest, each ×10 less is %2 shorter, and below %3 there is no arrow.</source>
        <translation>Die Pfeillänge wächst mit log |∇f|: |∇f| = %1 wird am längsten gezeichnet, jeder Faktor 10 weniger macht den Pfeil um %2 kürzer, und unter %3 gibt es keinen Pfeil.</translation>
    </message>
    <message>
        <source>a quarter of that</source>
        <translation>ein Viertel davon</translation>
    </message>
    <message>
        <source>1/%1 of that</source>
        <translation>1/%1 davon</translation>
    </message>
    <message>
        <source>|∇f| = %1. %2</source>
        <translation>|∇f| = %1. %2</translation>
    </message>
    <message>
        <source>|∇f| = %1, steeper than anywhere on the rectangle: the arrow is drawn at its longest. %2</source>
        <translation>|∇f| = %1, steiler als irgendwo sonst auf dem Rechteck: der Pfeil wird in maximaler Länge gezeichnet. %2</translation>
    </message>
    <message>
        <source>|∇f| = %1 is &lt;b&gt;too small to draw&lt;/b&gt;, so no arrow is shown. %2</source>
        <translation>|∇f| = %1 ist &lt;b&gt;zu klein zum Zeichnen&lt;/b&gt;, daher wird kein Pfeil gezeigt. %2</translation>
    </message>
    <message>
        <source>∇f is not defined here, so no arrow is shown.</source>
        <translation>∇f ist hier nicht definiert, daher wird kein Pfeil gezeigt.</translation>
    </message>
    <message>
        <source>|∇f| = %1. Arrow length shows |∇f|: an arrow 1 unit long stands for a slope of %2.</source>
        <translation>|∇f| = %1. Die Pfeillänge zeigt |∇f|: ein Pfeil der Länge 1 steht für eine Steigung von %2.</translation>
    </message>
    <message>
        <source>|∇f| = %1. Arrow length shows |∇f| (1 unit of length = a slope of %2), but this arrow is drawn &lt;b&gt;shortened&lt;/b&gt; to fit: to scale it would be %3 units long.</source>
        <translation>|∇f| = %1. Die Pfeillänge zeigt |∇f| (1 Längeneinheit = eine Steigung von %2), aber dieser Pfeil ist &lt;b&gt;gekürzt&lt;/b&gt; gezeichnet, damit er passt: maßstabsgetreu wäre er %3 Einheiten lang.</translation>
    </message>
    <message>
        <source>|∇f| = %1 is &lt;b&gt;too small to draw&lt;/b&gt; at this function&apos;s scale (an arrow 1 unit long stands for a slope of %2), so no arrow is shown.</source>
        <translation>|∇f| = %1 ist im Maßstab dieser Funktion &lt;b&gt;zu klein zum Zeichnen&lt;/b&gt; (ein Pfeil der Länge 1 steht für eine Steigung von %2), daher wird kein Pfeil gezeigt.</translation>
    </message>
</context>
<context>
    <name>DescentRun</name>
    <message>
        <source>the point is undefined (not a number)</source>
        <translation>der Punkt ist nicht definiert (keine Zahl)</translation>
    </message>
    <message>
        <source>the point became +infinite</source>
        <translation>der Punkt wurde +unendlich</translation>
    </message>
    <message>
        <source>the point became -infinite</source>
        <translation>der Punkt wurde -unendlich</translation>
    </message>
    <message>
        <source>the loss is undefined (not a number)</source>
        <translation>der Verlust ist nicht definiert (keine Zahl)</translation>
    </message>
    <message>
        <source>the loss became +infinite</source>
        <translation>der Verlust wurde +unendlich</translation>
    </message>
    <message>
        <source>the loss became -infinite</source>
        <translation>der Verlust wurde -unendlich</translation>
    </message>
    <message>
        <source>the gradient is undefined (not a number)</source>
        <translation>der Gradient ist nicht definiert (keine Zahl)</translation>
    </message>
    <message>
        <source>the gradient became +infinite</source>
        <translation>der Gradient wurde +unendlich</translation>
    </message>
    <message>
        <source>the gradient became -infinite</source>
        <translation>der Gradient wurde -unendlich</translation>
    </message>
    <message>
        <source>the loss passed %1</source>
        <translation>der Verlust hat %1 überschritten</translation>
    </message>
    <message>
        <source>the loss fell below −%1</source>
        <translation>der Verlust ist unter −%1 gefallen</translation>
    </message>
    <message>
        <source>a coordinate passed %1</source>
        <translation>eine Koordinate hat %1 überschritten</translation>
    </message>
    <message>
        <source>the gradient norm is below the tolerance at the start</source>
        <translation>die Gradientennorm liegt schon am Start unter der Toleranz</translation>
    </message>
    <message>
        <source>no steps were allowed</source>
        <translation>es waren keine Schritte erlaubt</translation>
    </message>
    <message>
        <source>the gradient norm fell below %1</source>
        <translation>die Gradientennorm ist unter %1 gefallen</translation>
    </message>
    <message numerus="yes">
        <source>took all %n steps</source>
        <comment>took its only step</comment>
        <translation>
            <numerusform>den einzigen Schritt ausgeführt</numerusform>
            <numerusform>alle %n Schritte ausgeführt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FigureExport</name>
    <message>
        <source>GradLab figure</source>
        <translation>GradLab-Abbildung</translation>
    </message>
</context>
<context>
    <name>FitRun</name>
    <message numerus="yes">
        <source>took all %n updates (%1)</source>
        <comment>took its only update (%1)</comment>
        <translation>
            <numerusform>die einzige Aktualisierung ausgeführt (%1)</numerusform>
            <numerusform>alle %n Aktualisierungen ausgeführt (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n epochs</source>
        <comment>%n epoch</comment>
        <translation>
            <numerusform>%n Epoche</numerusform>
            <numerusform>%n Epochen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FitWording</name>
    <message numerus="yes">
        <source>%n points</source>
        <comment>%n point</comment>
        <translation>
            <numerusform>%n Punkt</numerusform>
            <numerusform>%n Punkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updates</source>
        <comment>%n update</comment>
        <translation>
            <numerusform>%n Aktualisierung</numerusform>
            <numerusform>%n Aktualisierungen</numerusform>
        </translation>
    </message>
    <message>
        <source>batch %1 of %2: %3 per epoch, the last of %4</source>
        <translation>%2, Stapelgröße %1: %3 je Epoche, der letzte Stapel umfasst %4</translation>
    </message>
    <message>
        <source>batch %1 of %2 (full batch): %3 per epoch, the last of %4</source>
        <translation>%2, Stapelgröße %1 (voller Stapel): %3 je Epoche, der letzte Stapel umfasst %4</translation>
    </message>
    <message>
        <source>batch %1 of %2 (SGD): %3 per epoch, the last of %4</source>
        <translation>%2, Stapelgröße %1 (SGD): %3 je Epoche, der letzte Stapel umfasst %4</translation>
    </message>
    <message>
        <source>batch %1 of %2: %3 per epoch</source>
        <translation>%2, Stapelgröße %1: %3 je Epoche</translation>
    </message>
    <message>
        <source>batch %1 of %2 (full batch): %3 per epoch</source>
        <translation>%2, Stapelgröße %1 (voller Stapel): %3 je Epoche</translation>
    </message>
    <message>
        <source>batch %1 of %2 (SGD): %3 per epoch</source>
        <translation>%2, Stapelgröße %1 (SGD): %3 je Epoche</translation>
    </message>
    <message>
        <source>Stopped at update %1: converged, %2.</source>
        <translation>Bei Aktualisierung %1 angehalten: konvergiert, %2.</translation>
    </message>
    <message>
        <source>Stopped at update %1: diverged, %2.</source>
        <translation>Bei Aktualisierung %1 angehalten: divergiert, %2.</translation>
    </message>
    <message>
        <source>Stopped at update %1: %2.</source>
        <translation>Bei Aktualisierung %1 angehalten: %2.</translation>
    </message>
    <message>
        <source>Stopped at update %1 (epoch %2 of %3): converged, %4.</source>
        <translation>Bei Aktualisierung %1 angehalten (Epoche %2 von %3): konvergiert, %4.</translation>
    </message>
    <message>
        <source>Stopped at update %1 (epoch %2 of %3): diverged, %4.</source>
        <translation>Bei Aktualisierung %1 angehalten (Epoche %2 von %3): divergiert, %4.</translation>
    </message>
    <message>
        <source>Stopped at update %1 (epoch %2 of %3): it %4.</source>
        <translation>Bei Aktualisierung %1 angehalten (Epoche %2 von %3): %4.</translation>
    </message>
    <message numerus="yes">
        <source>Stopped at update %1 (epoch %2 of %3): the limit of %n updates; the run was set to take %4.</source>
        <comment>Stopped at update %1 (epoch %2 of %3): the limit of %n update; the run was set to take %4.</comment>
        <translation>
            <numerusform>Bei Aktualisierung %1 angehalten (Epoche %2 von %3): die Grenze von %n Aktualisierung ist erreicht; der Lauf war auf %4 Aktualisierungen angelegt.</numerusform>
            <numerusform>Bei Aktualisierung %1 angehalten (Epoche %2 von %3): die Grenze von %n Aktualisierungen ist erreicht; der Lauf war auf %4 Aktualisierungen angelegt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not started: %1 in %2.</source>
        <translation>Nicht gestartet: %1 in %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n epochs</source>
        <comment>%n epoch</comment>
        <translation>
            <numerusform>%n Epoche</numerusform>
            <numerusform>%n Epochen</numerusform>
        </translation>
    </message>
    <message>
        <source>Update %1 of %2, epoch %3 of %4.</source>
        <translation>Aktualisierung %1 von %2, Epoche %3 von %4.</translation>
    </message>
    <message>
        <source>Not converged: L = %1 is still %2 above the least-squares loss %3.</source>
        <translation>Nicht konvergiert: L = %1 liegt noch %2 über dem Verlust der kleinsten Quadrate %3.</translation>
    </message>
    <message>
        <source>Not converged by the gradient&apos;s measure, although L = %1 is the least-squares loss to the digits shown.</source>
        <translation>Nach dem Maß des Gradienten nicht konvergiert, obwohl L = %1 auf die gezeigten Stellen der Verlust der kleinsten Quadrate ist.</translation>
    </message>
</context>
<context>
    <name>GradientCheck</name>
    <message>
        <source>division by zero: %1/%2</source>
        <translation>Division durch null: %1/%2</translation>
    </message>
    <message>
        <source>(%1)^%2: a negative number to a fractional power is not a real number</source>
        <translation>(%1)^%2: eine negative Zahl hoch einem gebrochenen Exponenten ist keine reelle Zahl</translation>
    </message>
    <message>
        <source>%1^%2: 0 to a negative power divides by zero</source>
        <translation>%1^%2: 0 hoch einem negativen Exponenten teilt durch null</translation>
    </message>
    <message>
        <source>%1: %2 needs an input &gt; 0</source>
        <translation>%1: %2 braucht eine Eingabe &gt; 0</translation>
    </message>
    <message>
        <source>%1: %2 needs an input ≥ 0</source>
        <translation>%1: %2 braucht eine Eingabe ≥ 0</translation>
    </message>
    <message>
        <source>%1: %2 needs an input between -1 and 1</source>
        <translation>%1: %2 braucht eine Eingabe zwischen -1 und 1</translation>
    </message>
    <message>
        <source>%1: too large for a double (overflow)</source>
        <translation>%1: zu groß für eine double-Zahl (Überlauf)</translation>
    </message>
    <message>
        <source>%1: the result is too large for a double (overflow)</source>
        <translation>%1: das Ergebnis ist zu groß für eine double-Zahl (Überlauf)</translation>
    </message>
</context>
<context>
    <name>LessonDocument</name>
    <message>
        <source>in lesson &quot;%1&quot;: %2</source>
        <translation>in der Lektion „%1“: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>%1 kann nicht geöffnet werden: %2.</translation>
    </message>
</context>
<context>
    <name>LessonFile</name>
    <message>
        <source>true or false</source>
        <translation>wahr oder falsch</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>&quot;%1&quot; should be %2, not %3</source>
        <translation>„%1“ sollte %2 sein, nicht %3</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; ignored</source>
        <translation>unbekannter Schlüssel „%1“ ignoriert</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>it is not a GradLab lesson file, or it is damaged or cut short: %1 at byte %2</source>
        <translation>es ist keine GradLab-Lektionsdatei, oder die Datei ist beschädigt oder abgeschnitten: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>it is not a GradLab lesson file (it has no &quot;format&quot;: &quot;gradlab&quot;)</source>
        <translation>es ist keine GradLab-Lektionsdatei (die Datei hat kein &quot;format&quot;: &quot;gradlab&quot;)</translation>
    </message>
    <message>
        <source>its format version is missing or not a whole number</source>
        <translation>die Formatversion fehlt oder ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>it was saved by a newer GradLab (format version %1; this version reads up to %2)</source>
        <translation>die Datei wurde von einem neueren GradLab gespeichert (Formatversion %1; diese Version liest bis %2)</translation>
    </message>
    <message>
        <source>&quot;lessons&quot; should be an object, not %1</source>
        <translation>„lessons“ sollte ein Objekt sein, nicht %1</translation>
    </message>
    <message>
        <source>unknown lesson &quot;%1&quot; ignored</source>
        <translation>unbekannte Lektion „%1“ ignoriert</translation>
    </message>
    <message>
        <source>&quot;lessons.%1&quot; should be an object, not %2</source>
        <translation>„lessons.%1“ sollte ein Objekt sein, nicht %2</translation>
    </message>
    <message>
        <source>&quot;active&quot; should be text, not %1</source>
        <translation>„active“ sollte Text sein, nicht %1</translation>
    </message>
    <message>
        <source>unknown active lesson &quot;%1&quot; ignored</source>
        <translation>unbekannte aktive Lektion „%1“ ignoriert</translation>
    </message>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>%1 kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>Cannot open %1: it is %2 MB, far too large for a lesson file.</source>
        <translation>%1 kann nicht geöffnet werden: die Datei ist %2 MB groß, viel zu groß für eine Lektionsdatei.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; should be a list of %n value(s), not %2</source>
        <translation>
            <numerusform>„%1“ sollte eine Liste mit %n Wert sein, nicht %2</numerusform>
            <numerusform>„%1“ sollte eine Liste mit %n Werten sein, nicht %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LessonState</name>
    <message>
        <source>formula &quot;%1&quot;: %2 (column %3)</source>
        <translation>Formel „%1“: %2 (Spalte %3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must give each range as a smaller then a larger number, got %2 and %3</source>
        <translation>„%1“ muss jeden Bereich als kleinere, dann größere Zahl angeben, nicht %2 und %3</translation>
    </message>
    <message>
        <source>&quot;schedule&quot; must be an object</source>
        <translation>„schedule“ muss ein Objekt sein</translation>
    </message>
    <message>
        <source>&quot;schedule&quot; must name a schedule (%1), got &quot;%2&quot;</source>
        <translation>„schedule“ muss einen Lernratenplan nennen (%1), nicht „%2“</translation>
    </message>
    <message>
        <source>&quot;schedule&quot;: &quot;%1&quot; must be a %2</source>
        <translation>„schedule“: „%1“ muss eine %2 sein</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>ganze Zahl</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>&quot;schedule&quot;: %1</source>
        <translation>„schedule“: %1</translation>
    </message>
    <message>
        <source>&quot;noise&quot; must be a number</source>
        <translation>„noise“ muss eine Zahl sein</translation>
    </message>
    <message>
        <source>&quot;noise&quot;: %1</source>
        <translation>„noise“: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3, got %4</source>
        <translation>„%1“ muss eine ganze Zahl von %2 bis %3 sein, nicht %4</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>„%1“ muss wahr oder falsch sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must name an optimizer (%2), got &quot;%3&quot;</source>
        <translation>„%1“ muss einen Optimierer nennen (%2), nicht „%3“</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <source>Slope at a point</source>
        <translation>Steigung in einem Punkt</translation>
    </message>
    <message>
        <source>Secant → tangent</source>
        <translation>Sekante → Tangente</translation>
    </message>
    <message>
        <source>Zoom in until it looks straight</source>
        <translation>Zoomen, bis es gerade aussieht</translation>
    </message>
    <message>
        <source>Numerical derivatives</source>
        <translation>Numerische Ableitungen</translation>
    </message>
    <message>
        <source>Autograd</source>
        <translation>Autograd</translation>
    </message>
    <message>
        <source>Partial derivatives and the gradient</source>
        <translation>Partielle Ableitungen, Gradient</translation>
    </message>
    <message>
        <source>Gradient descent in 1-D</source>
        <translation>Gradientenabstieg in 1-D</translation>
    </message>
    <message>
        <source>The learning rate</source>
        <translation>Die Lernrate</translation>
    </message>
    <message>
        <source>Descent on a surface</source>
        <translation>Abstieg auf einer Fläche</translation>
    </message>
    <message>
        <source>The 3-D loss surface</source>
        <translation>Die 3-D-Verlustfläche</translation>
    </message>
    <message>
        <source>Fitting a line</source>
        <translation>Eine Gerade anpassen</translation>
    </message>
    <message>
        <source>The 3-D view needs OpenGL, which is not available here.</source>
        <translation>Die 3-D-Ansicht braucht OpenGL, das hier nicht verfügbar ist.</translation>
    </message>
</context>
<context>
    <name>NumberFormat</name>
    <message>
        <source>is</source>
        <translation>ist</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>nicht definiert</translation>
    </message>
    <message>
        <source>Too large for a double: the value exists but is beyond ±1.8·10³⁰⁸.</source>
        <translation>Zu groß für eine double-Zahl: der Wert existiert, liegt aber jenseits von ±1.8·10³⁰⁸.</translation>
    </message>
    <message>
        <source>undefined (vertical tangent)</source>
        <translation>nicht definiert (senkrechte Tangente)</translation>
    </message>
    <message>
        <source>f has a value here, but its slope grows without bound: the tangent line is vertical, and no number is its slope.</source>
        <translation>f hat hier einen Wert, aber seine Steigung wächst über alle Grenzen: die Tangente ist senkrecht, und keine Zahl ist ihre Steigung.</translation>
    </message>
    <message>
        <source>Computed value %1: smaller than the round-off of its computation here (about %2), so it cannot be told from 0.</source>
        <translation>Berechneter Wert %1: kleiner als der Rundungsfehler seiner Berechnung an dieser Stelle (etwa %2), daher nicht von 0 zu unterscheiden.</translation>
    </message>
    <message>
        <source>Computed difference %1: smaller than its round-off here (about %2), so it cannot be told from 0.</source>
        <translation>Berechnete Differenz %1: kleiner als ihr Rundungsfehler an dieser Stelle (etwa %2), daher nicht von 0 zu unterscheiden.</translation>
    </message>
</context>
<context>
    <name>Optimizer</name>
    <message>
        <source>Gradient descent</source>
        <translation>Gradientenabstieg</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>Momentum</translation>
    </message>
    <message>
        <source>Newton&apos;s method</source>
        <translation>Newton-Verfahren</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>the lesson “%1” has no animation (secant, descent1d and race have one)</source>
        <translation>die Lektion „%1“ hat keine Animation (secant, descent1d und race haben eine)</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>der Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Cannot draw the figure (3-D drawing needs OpenGL).</source>
        <translation>Die Abbildung kann nicht gezeichnet werden (3-D-Zeichnen braucht OpenGL).</translation>
    </message>
    <message>
        <source>the GIF is not open</source>
        <translation>die GIF-Datei ist nicht geöffnet</translation>
    </message>
    <message>
        <source>a frame has another size than the animation</source>
        <translation>ein Bild hat eine andere Größe als die Animation</translation>
    </message>
    <message>
        <source>Cannot write %1: only .pdf and .svg are vector formats.</source>
        <translation>%1 kann nicht geschrieben werden: nur .pdf und .svg sind Vektorformate.</translation>
    </message>
    <message>
        <source>cannot start drawing</source>
        <translation>Zeichnen kann nicht beginnen</translation>
    </message>
    <message>
        <source>the image could not be compressed</source>
        <translation>das Bild konnte nicht komprimiert werden</translation>
    </message>
    <message>
        <source>no OpenGL context can be created on the “%1” Qt platform</source>
        <translation>auf der Qt-Plattform „%1“ kann kein OpenGL-Kontext erzeugt werden</translation>
    </message>
    <message>
        <source>an OpenGL context was created but cannot draw on the “%1” Qt platform</source>
        <translation>ein OpenGL-Kontext wurde erzeugt, kann aber auf der Qt-Plattform „%1“ nicht zeichnen</translation>
    </message>
    <message>
        <source>the OpenGL driver offers version %1.%2; the 3-D view needs 2.1 or later</source>
        <translation>der OpenGL-Treiber bietet Version %1.%2; die 3-D-Ansicht braucht 2.1 oder neuer</translation>
    </message>
    <message>
        <source>To see it, start GradLab where OpenGL works: on a desktop session (not with &lt;code&gt;QT_QPA_PLATFORM=offscreen&lt;/code&gt; or &lt;code&gt;minimal&lt;/code&gt;), with an OpenGL driver installed (Mesa&apos;s works everywhere, also without a graphics card: on Debian or Ubuntu &lt;code&gt;sudo apt install libgl1-mesa-dri libglx-mesa0&lt;/code&gt;). Over SSH or remote desktop, run it on the remote machine&apos;s display with Mesa, or under &lt;code&gt;xvfb-run&lt;/code&gt; for export only.</source>
        <translation>Um sie zu sehen, starten Sie GradLab dort, wo OpenGL funktioniert: in einer Desktop-Sitzung (nicht mit &lt;code&gt;QT_QPA_PLATFORM=offscreen&lt;/code&gt; oder &lt;code&gt;minimal&lt;/code&gt;), mit installiertem OpenGL-Treiber (der von Mesa funktioniert überall, auch ohne Grafikkarte: unter Debian oder Ubuntu &lt;code&gt;sudo apt install libgl1-mesa-dri libglx-mesa0&lt;/code&gt;). Über SSH oder Remote-Desktop führen Sie es auf dem Bildschirm des entfernten Rechners mit Mesa aus, oder nur zum Exportieren unter &lt;code&gt;xvfb-run&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Toleranz</translation>
    </message>
    <message>
        <source>A run counts as converged when |gradient| falls below this, or when its loss gap to the minimum it approaches has shrunk to this fraction of where it began (between %1 and %2, for example 1e-6).</source>
        <translation>Ein Lauf gilt als konvergiert, wenn |Gradient| unter diesen Wert fällt oder wenn sein Verlustabstand zum Minimum, dem er sich nähert, auf diesen Bruchteil des Anfangswerts geschrumpft ist (zwischen %1 und %2, zum Beispiel 1e-6).</translation>
    </message>
    <message>
        <source>The tolerance must be a number between %1 and %2, such as 1e-6; kept %3.</source>
        <translation>Die Toleranz muss eine Zahl zwischen %1 und %2 sein, etwa 1e-6; %3 beibehalten.</translation>
    </message>
    <message>
        <source>learning rate %1</source>
        <translation>Lernrate %1</translation>
    </message>
    <message>
        <source>base learning rate %1, %2 schedule</source>
        <translation>Basislernrate %1, Plan „%2“</translation>
    </message>
    <message>
        <source>, noise σ = %1 (seed %2)</source>
        <translation>, Rauschen σ = %1 (Zufallsstartwert %2)</translation>
    </message>
    <message>
        <source>Cannot write %1: its name has no extension to say which format to write (%2).</source>
        <translation>%1 kann nicht geschrieben werden: der Name hat keine Endung, die das Format angibt (%2).</translation>
    </message>
    <message>
        <source>Cannot write %1: the format &apos;%2&apos; is not one GradLab writes (%3).</source>
        <translation>%1 kann nicht geschrieben werden: das Format „%2“ schreibt GradLab nicht (%3).</translation>
    </message>
    <message>
        <source>the folder %1 does not take a new file (the system says: %2)</source>
        <translation>der Ordner %1 nimmt keine neue Datei an (das System meldet: %2)</translation>
    </message>
</context>
<context>
    <name>RunJudgement</name>
    <message>
        <source>steady, error shrinking</source>
        <translation>stetig, Fehler schrumpft</translation>
    </message>
    <message>
        <source>oscillates, error shrinking</source>
        <translation>oszilliert, Fehler schrumpft</translation>
    </message>
    <message>
        <source>bounces</source>
        <translation>springt hin und her</translation>
    </message>
    <message>
        <source>diverges</source>
        <translation>divergiert</translation>
    </message>
    <message>
        <source>too slow</source>
        <translation>zu langsam</translation>
    </message>
    <message>
        <source>no minimum ahead</source>
        <translation>kein Minimum voraus</translation>
    </message>
    <message>
        <source>unbounded below</source>
        <translation>nach unten unbeschränkt</translation>
    </message>
    <message>
        <source>cannot start</source>
        <translation>kann nicht starten</translation>
    </message>
    <message>
        <source>already at a minimum</source>
        <translation>schon im Minimum</translation>
    </message>
    <message>
        <source>stalls on a flat point</source>
        <translation>bleibt an flacher Stelle stehen</translation>
    </message>
    <message>
        <source>leaves the domain</source>
        <translation>verlässt den Definitionsbereich</translation>
    </message>
    <message>
        <source>irregular</source>
        <translation>unregelmäßig</translation>
    </message>
    <message>
        <source>wanders (noise)</source>
        <translation>wandert (Rauschen)</translation>
    </message>
    <message>
        <source>steady but unfinished: no step turns back and the loss never rises, but the steps ran out before the tolerance was met</source>
        <translation>stetig, aber unfertig: kein Schritt kehrt um, und der Verlust steigt nie, aber die Schritte gingen aus, bevor die Toleranz erreicht war</translation>
    </message>
    <message>
        <source>oscillating, unfinished: steps overshoot and turn back and the error shrinks, but the steps ran out before the tolerance was met</source>
        <translation>Oszillation, unfertig: die Schritte schießen über und kehren um, und der Fehler schrumpft, aber die Schritte gingen aus, bevor die Toleranz erreicht war</translation>
    </message>
    <message>
        <source>converging steadily: no step turns back and the loss never rises</source>
        <translation>monotone Konvergenz: kein Schritt kehrt um, und der Verlust steigt nie</translation>
    </message>
    <message>
        <source>oscillating: steps overshoot and turn back, but the error shrinks</source>
        <translation>Oszillation: die Schritte schießen über und kehren um, aber der Fehler schrumpft</translation>
    </message>
    <message>
        <source>bouncing: the steps flip between two sides and, over the last steps, the error barely changes</source>
        <translation>Hin- und Herspringen: die Schritte wechseln zwischen zwei Seiten, und über die letzten Schritte ändert sich der Fehler kaum</translation>
    </message>
    <message>
        <source>diverging: the steps overshoot and the loss grows</source>
        <translation>Divergenz: die Schritte schießen über, und der Verlust wächst</translation>
    </message>
    <message>
        <source>too slow: the last steps all go the same way, downhill, but are too short to get close in time (the gap to the minimum is still above a thousandth of its start value)</source>
        <translation>zu langsam: die letzten Schritte gehen alle in dieselbe Richtung, bergab, sind aber zu kurz, um rechtzeitig nahe heranzukommen (der Abstand zum Minimum liegt noch über einem Tausendstel seines Startwerts)</translation>
    </message>
    <message>
        <source>no minimum ahead: the run is still going downhill and no minimum was found ahead of it</source>
        <translation>kein Minimum voraus: der Lauf geht noch bergab, und vor ihm wurde kein Minimum gefunden</translation>
    </message>
    <message>
        <source>unbounded: the loss keeps falling, so there is no minimum to reach this way</source>
        <translation>unbeschränkt: der Verlust fällt immer weiter, daher gibt es auf diesem Weg kein Minimum zu erreichen</translation>
    </message>
    <message>
        <source>no run: the loss or its gradient is undefined at the start</source>
        <translation>kein Lauf: der Verlust oder sein Gradient ist am Start nicht definiert</translation>
    </message>
    <message>
        <source>already there: the start is within the tolerance of a minimum, so no step was needed</source>
        <translation>schon am Ziel: der Start liegt innerhalb der Toleranz eines Minimums, daher war kein Schritt nötig</translation>
    </message>
    <message>
        <source>stalled: the gradient fell below the tolerance at a point that is not a minimum</source>
        <translation>stehen geblieben: der Gradient fiel unter die Toleranz, an einem Punkt, der kein Minimum ist</translation>
    </message>
    <message>
        <source>left the domain: a step went where the loss is undefined</source>
        <translation>Definitionsbereich verlassen: ein Schritt ging dorthin, wo der Verlust nicht definiert ist</translation>
    </message>
    <message>
        <source>irregular: the last steps jump about without settling into a pattern</source>
        <translation>unregelmäßig: die letzten Schritte springen umher, ohne sich in ein Muster einzupendeln</translation>
    </message>
    <message>
        <source>wandering: the noise added to each gradient is comparable to the pull toward the minimum, so the run jitters instead of settling and its error no longer shrinks steadily</source>
        <translation>Wandern: das zu jedem Gradienten addierte Rauschen ist vergleichbar mit dem Zug zum Minimum, daher zittert der Lauf, statt sich einzupendeln, und sein Fehler schrumpft nicht mehr monoton</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>nicht definiert</translation>
    </message>
    <message>
        <source>+infinity</source>
        <translation>+unendlich</translation>
    </message>
    <message>
        <source>-infinity</source>
        <translation>-unendlich</translation>
    </message>
    <message>
        <source>the minimum (%1 at %2)</source>
        <translation>Minimum (%1 bei %2)</translation>
    </message>
    <message>
        <source>%1 (η = %2: the rate of step %3, as the %4 schedule set it from the base rate %5)</source>
        <translation>%1 (η = %2: die Rate von Schritt %3, wie der Lernratenplan „%4“ sie aus der Basisrate %5 festlegte)</translation>
    </message>
    <message>
        <source>%1 has shrunk to %2 of its start value</source>
        <translation>%1 ist auf das %2-Fache seines Startwerts geschrumpft</translation>
    </message>
    <message>
        <source>%1 has not shrunk</source>
        <translation>%1 ist nicht geschrumpft</translation>
    </message>
    <message>
        <source>%1 is %2 times its start value</source>
        <translation>%1 ist das %2-Fache seines Startwerts</translation>
    </message>
    <message>
        <source>the Hessian&apos;s eigenvalues are %1 and %2</source>
        <translation>die Eigenwerte der Hesse-Matrix sind %1 und %2</translation>
    </message>
    <message>
        <source>%1 there: f curves down, as near a maximum, not a minimum</source>
        <translation>%1 an dieser Stelle: f ist nach unten gekrümmt, wie nahe einem Maximum, nicht einem Minimum</translation>
    </message>
    <message>
        <source>%1 there: f curves down in one direction, as near a saddle</source>
        <translation>%1 an dieser Stelle: f ist in einer Richtung nach unten gekrümmt, wie nahe einem Sattelpunkt</translation>
    </message>
    <message>
        <source>%1 there, and f is lower nearby</source>
        <translation>%1 an dieser Stelle, und f ist in der Nähe kleiner</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>steps %1 and %2</source>
        <translation>Schritte %1 und %2</translation>
    </message>
    <message>
        <source>steps %1, %2 and %3</source>
        <translation>Schritte %1, %2 und %3</translation>
    </message>
    <message numerus="yes">
        <source>%n steps, the first at step %1</source>
        <comment>%n step, the first at step %1</comment>
        <translation>
            <numerusform>%n Schritt, der erste bei Schritt %1</numerusform>
            <numerusform>%n Schritte, der erste bei Schritt %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Newton&apos;s method took a plain gradient step (η·∇f) instead of a Newton step for %1: f″ ≤ 0 where it stood, so a Newton step would not go downhill.</source>
        <translation>Das Newton-Verfahren machte für %1 einen einfachen Gradientenschritt (η·∇f) statt eines Newton-Schritts: wo es stand, ist f″ ≤ 0, daher würde ein Newton-Schritt nicht bergab führen.</translation>
    </message>
    <message>
        <source>Newton&apos;s method took a plain gradient step (η·∇f) instead of a Newton step for %1: the Hessian was not positive definite where it stood, so a Newton step would not go downhill.</source>
        <translation>Das Newton-Verfahren machte für %1 einen einfachen Gradientenschritt (η·∇f) statt eines Newton-Schritts: wo es stand, war die Hesse-Matrix nicht positiv definit, daher würde ein Newton-Schritt nicht bergab führen.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>%1, %2 and %3</source>
        <translation>%1, %2 und %3</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2, %3 and %n later stretches</source>
        <comment>%1, %2, %3 and %n later stretch</comment>
        <translation>
            <numerusform>%1, %2, %3 und %n späterer Abschnitt</numerusform>
            <numerusform>%1, %2, %3 und %n spätere Abschnitte</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 schedule set the rate of step 1 to %2 and of step %3 to %4</source>
        <translation>Der Lernratenplan „%1“ setzte die Rate von Schritt 1 auf %2 und die von Schritt %3 auf %4</translation>
    </message>
    <message>
        <source>The %1 schedule set the rate of step 1 to %2</source>
        <translation>Der Lernratenplan „%1“ setzte die Rate von Schritt 1 auf %2</translation>
    </message>
    <message>
        <source>lowest %1 at step %2</source>
        <translation>kleinste %1 bei Schritt %2</translation>
    </message>
    <message>
        <source>highest %1 at step %2</source>
        <translation>größte %1 bei Schritt %2</translation>
    </message>
    <message>
        <source>near the minimum the critical rate is 2/%1 = %2, which no step&apos;s rate exceeded</source>
        <translation>nahe dem Minimum ist die kritische Rate 2/%1 = %2, die von der Rate keines Schritts überschritten wurde</translation>
    </message>
    <message>
        <source>near the minimum the critical rate is 2/%1 = %2, which the rate exceeded at step %3 (there |r| &gt; 1: near the minimum such a step grows the error)</source>
        <translation>nahe dem Minimum ist die kritische Rate 2/%1 = %2, die von der Rate bei Schritt %3 überschritten wurde (dort ist |r| &gt; 1: nahe dem Minimum vergrößert ein solcher Schritt den Fehler)</translation>
    </message>
    <message>
        <source>near the minimum the critical rate is 2/%1 = %2, which the rate exceeded at steps %3 (there |r| &gt; 1: near the minimum such a step grows the error)</source>
        <translation>nahe dem Minimum ist die kritische Rate 2/%1 = %2, die von der Rate bei den Schritten %3 überschritten wurde (dort ist |r| &gt; 1: nahe dem Minimum vergrößert ein solcher Schritt den Fehler)</translation>
    </message>
    <message>
        <source>Here each update adds Gaussian noise of standard deviation %1 to each coordinate of the gradient.</source>
        <translation>Hier addiert jede Aktualisierung zu jeder Koordinate des Gradienten gaußsches Rauschen mit der Standardabweichung %1.</translation>
    </message>
    <message numerus="yes">
        <source>Over its last %n steps it stayed within %1 of the minimum, its loss at most %2 above the minimum&apos;s: each update adds Gaussian noise of standard deviation %3 to each coordinate of the gradient, and over its last steps the loss gap stopped halving, so it jitters instead of settling.</source>
        <comment>Over its last step it stayed within %1 of the minimum, its loss at most %2 above the minimum&apos;s: each update adds Gaussian noise of standard deviation %3 to each coordinate of the gradient, and over its last steps the loss gap stopped halving, so it jitters instead of settling.</comment>
        <translation>
            <numerusform>Bei seinem letzten Schritt blieb der Lauf innerhalb von %1 um das Minimum, sein Verlust höchstens %2 über dem des Minimums: jede Aktualisierung addiert zu jeder Koordinate des Gradienten gaußsches Rauschen mit der Standardabweichung %3, und über seine letzten Schritte hat der Verlustabstand aufgehört, sich zu halbieren, daher zittert er, statt sich einzupendeln.</numerusform>
            <numerusform>Über seine letzten %n Schritte blieb der Lauf innerhalb von %1 um das Minimum, sein Verlust höchstens %2 über dem des Minimums: jede Aktualisierung addiert zu jeder Koordinate des Gradienten gaußsches Rauschen mit der Standardabweichung %3, und über seine letzten Schritte hat der Verlustabstand aufgehört, sich zu halbieren, daher zittert er, statt sich einzupendeln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Over its last %n steps it stayed within %1 of the minimum, its loss at most %2 above the minimum&apos;s: each update adds Gaussian noise of standard deviation %3 to each coordinate of the gradient, larger than the gradient itself there (%4 at most %5), so it jitters instead of settling.</source>
        <comment>Over its last step it stayed within %1 of the minimum, its loss at most %2 above the minimum&apos;s: each update adds Gaussian noise of standard deviation %3 to each coordinate of the gradient, larger than the gradient itself there (%4 at most %5), so it jitters instead of settling.</comment>
        <translation>
            <numerusform>Bei seinem letzten Schritt blieb der Lauf innerhalb von %1 um das Minimum, sein Verlust höchstens %2 über dem des Minimums: jede Aktualisierung addiert zu jeder Koordinate des Gradienten gaußsches Rauschen mit der Standardabweichung %3, größer als der Gradient selbst dort (%4 höchstens %5), daher zittert er, statt sich einzupendeln.</numerusform>
            <numerusform>Über seine letzten %n Schritte blieb der Lauf innerhalb von %1 um das Minimum, sein Verlust höchstens %2 über dem des Minimums: jede Aktualisierung addiert zu jeder Koordinate des Gradienten gaußsches Rauschen mit der Standardabweichung %3, größer als der Gradient selbst dort (%4 höchstens %5), daher zittert er, statt sich einzupendeln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Over its last %n steps it stayed within %1 of the minimum, its loss at most %2 above the minimum&apos;s: each update adds Gaussian noise of standard deviation %3 to each coordinate of the gradient, comparable to the gradient itself there (%4 at most %5), so it jitters instead of settling.</source>
        <comment>Over its last step it stayed within %1 of the minimum, its loss at most %2 above the minimum&apos;s: each update adds Gaussian noise of standard deviation %3 to each coordinate of the gradient, comparable to the gradient itself there (%4 at most %5), so it jitters instead of settling.</comment>
        <translation>
            <numerusform>Bei seinem letzten Schritt blieb der Lauf innerhalb von %1 um das Minimum, sein Verlust höchstens %2 über dem des Minimums: jede Aktualisierung addiert zu jeder Koordinate des Gradienten gaußsches Rauschen mit der Standardabweichung %3, vergleichbar mit dem Gradienten selbst dort (%4 höchstens %5), daher zittert er, statt sich einzupendeln.</numerusform>
            <numerusform>Über seine letzten %n Schritte blieb der Lauf innerhalb von %1 um das Minimum, sein Verlust höchstens %2 über dem des Minimums: jede Aktualisierung addiert zu jeder Koordinate des Gradienten gaußsches Rauschen mit der Standardabweichung %3, vergleichbar mit dem Gradienten selbst dort (%4 höchstens %5), daher zittert er, statt sich einzupendeln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>after %n steps the loss is %1</source>
        <comment>after %n step the loss is %1</comment>
        <translation>
            <numerusform>nach %n Schritt ist der Verlust %1</numerusform>
            <numerusform>nach %n Schritten ist der Verlust %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>after %n steps the loss is %1, still falling</source>
        <comment>after %n step the loss is %1, still falling</comment>
        <translation>
            <numerusform>nach %n Schritt ist der Verlust %1 und fällt noch</numerusform>
            <numerusform>nach %n Schritten ist der Verlust %1 und fällt noch</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>after %n steps the loss is %1, rising at the last step</source>
        <comment>after %n step the loss is %1, rising at the last step</comment>
        <translation>
            <numerusform>nach %n Schritt ist der Verlust %1 und ist beim letzten Schritt gestiegen</numerusform>
            <numerusform>nach %n Schritten ist der Verlust %1 und ist beim letzten Schritt gestiegen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>after %n steps the loss is %1, unchanged at the last step</source>
        <comment>after %n step the loss is %1, unchanged at the last step</comment>
        <translation>
            <numerusform>nach %n Schritt ist der Verlust %1 und hat sich beim letzten Schritt nicht verändert</numerusform>
            <numerusform>nach %n Schritten ist der Verlust %1 und hat sich beim letzten Schritt nicht verändert</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready at the start (the loss is %1): no step taken yet.</source>
        <translation>Bereit am Start (der Verlust ist %1): noch kein Schritt ausgeführt.</translation>
    </message>
    <message>
        <source>Step %1: the loss is %2.</source>
        <translation>Schritt %1: der Verlust ist %2.</translation>
    </message>
    <message>
        <source>Step %1: the loss is %2, still falling.</source>
        <translation>Schritt %1: der Verlust ist %2 und fällt noch.</translation>
    </message>
    <message>
        <source>Step %1: the loss is %2, rising at the last step.</source>
        <translation>Schritt %1: der Verlust ist %2 und ist beim letzten Schritt gestiegen.</translation>
    </message>
    <message>
        <source>Step %1: the loss is %2, unchanged at the last step.</source>
        <translation>Schritt %1: der Verlust ist %2 und hat sich beim letzten Schritt nicht verändert.</translation>
    </message>
    <message>
        <source>Diverged at step %1: %2.</source>
        <translation>Divergiert bei Schritt %1: %2.</translation>
    </message>
    <message>
        <source>Converged at step %1: %2 = %3 fell below the tolerance %4; the loss is %5.</source>
        <translation>Konvergiert bei Schritt %1: %2 = %3 fiel unter die Toleranz %4; der Verlust ist %5.</translation>
    </message>
    <message>
        <source>its gap to %1</source>
        <translation>sein Abstand zum %1</translation>
    </message>
    <message>
        <source>Converged: %1 fell below %2 of its start value; %3 (%4 of the start value).</source>
        <translation>Konvergiert: %1 fiel unter das %2-Fache seines Startwerts; %3 (das %4-Fache des Startwerts).</translation>
    </message>
    <message>
        <source>Not converged: %1; %2 (converged means below %3 of it).</source>
        <translation>Nicht konvergiert: %1; %2 (konvergiert heißt: unter %3 davon).</translation>
    </message>
    <message>
        <source>Not converged: %1; %2 (converged means below %3 of it); no minimum was found ahead.</source>
        <translation>Nicht konvergiert: %1; %2 (konvergiert heißt: unter %3 davon); voraus wurde kein Minimum gefunden.</translation>
    </message>
    <message>
        <source>Near %1, %2: to first order each step only flips the error&apos;s sign.</source>
        <translation>Nahe dem %1 gilt %2: in erster Ordnung kehrt jeder Schritt nur das Vorzeichen des Fehlers um.</translation>
    </message>
    <message>
        <source>Near %1, %2: the steps are too large to settle into the minimum.</source>
        <translation>Nahe dem %1 gilt %2: die Schritte sind zu groß, um sich im Minimum einzupendeln.</translation>
    </message>
    <message>
        <source>Near %1, %2.</source>
        <translation>Nahe dem %1 gilt %2.</translation>
    </message>
    <message>
        <source>Cannot start here: %1. Move the start into the function&apos;s domain.</source>
        <translation>Hier kann kein Lauf starten: %1. Verschieben Sie den Start in den Definitionsbereich der Funktion.</translation>
    </message>
    <message>
        <source>the loss is undefined</source>
        <translation>der Verlust ist nicht definiert</translation>
    </message>
    <message>
        <source>Stopped at step %1: %2. The loss keeps falling, so there is no minimum to reach this way.</source>
        <translation>Bei Schritt %1 angehalten: %2. Der Verlust fällt immer weiter, daher gibt es auf diesem Weg kein Minimum zu erreichen.</translation>
    </message>
    <message>
        <source>Stopped at step %1: %2, so the step left the function&apos;s domain.</source>
        <translation>Bei Schritt %1 angehalten: %2, also hat der Schritt den Definitionsbereich der Funktion verlassen.</translation>
    </message>
    <message>
        <source>Already there: %1 = %2 at the start is below the tolerance %3, so no step was taken.</source>
        <translation>Schon am Ziel: %1 = %2 liegt am Start unter der Toleranz %3, daher wurde kein Schritt ausgeführt.</translation>
    </message>
    <message>
        <source>Stopped at step %1 where f is nearly flat but not at a minimum: %2 = %3 fell below the tolerance %4; %5.</source>
        <translation>Bei Schritt %1 angehalten, wo f fast flach ist, aber kein Minimum hat: %2 = %3 fiel unter die Toleranz %4; %5.</translation>
    </message>
    <message>
        <source>Stopped at step %1 where f is nearly flat but not at a minimum: %2 = %3 fell below the tolerance %4.</source>
        <translation>Bei Schritt %1 angehalten, wo f fast flach ist, aber kein Minimum hat: %2 = %3 fiel unter die Toleranz %4.</translation>
    </message>
    <message>
        <source>too few steps to tell</source>
        <translation>zu wenige Schritte für ein Urteil</translation>
    </message>
    <message>
        <source>too few steps to tell: the run is too short to show how it moves; give it more steps</source>
        <translation>zu wenige Schritte für ein Urteil: der Lauf ist zu kurz, um zu zeigen, wie er sich bewegt; geben Sie ihm mehr Schritte</translation>
    </message>
    <message>
        <source>frozen by the schedule</source>
        <translation>vom Lernratenplan eingefroren</translation>
    </message>
    <message>
        <source>frozen by the schedule: the schedule shrank the learning rate below a millionth of its start before the last quarter of the run, so the late steps barely move; more steps cannot help: let the rate decay more slowly or stop it at a floor</source>
        <translation>vom Lernratenplan eingefroren: der Lernratenplan hat die Lernrate vor dem letzten Viertel des Laufs unter ein Millionstel ihres Anfangswerts gesenkt, sodass sich die späten Schritte kaum noch bewegen; mehr Schritte helfen nicht: lassen Sie die Rate langsamer sinken oder geben Sie ihr eine Untergrenze</translation>
    </message>
    <message>
        <source>It ran on to its step limit all the same: a run stops early only once %1 falls below the tolerance %2, and it was %3 at the last step.</source>
        <translation>Er lief trotzdem bis zu seiner Schrittgrenze weiter: Ein Lauf endet nur dann vorher, wenn %1 unter die Toleranz %2 fällt, und beim letzten Schritt war es %3.</translation>
    </message>
    <message>
        <source>Near %1 each step multiplies the error by %2. As r &lt; −1, each step lands on the other side of the minimum, farther from it than before: that rate is too large there (above %3).</source>
        <translation>Nahe dem %1 multipliziert jeder Schritt den Fehler mit %2. Da r &lt; −1 ist, landet jeder Schritt auf der anderen Seite des Minimums, weiter davon entfernt als zuvor: Diese Rate ist dort zu groß (über %3).</translation>
    </message>
    <message>
        <source>Near %1 each step multiplies the error by %2. As r &lt; −1, each step lands on the other side of the minimum, farther from it than before: the learning rate is too large there (above %3).</source>
        <translation>Nahe dem %1 multipliziert jeder Schritt den Fehler mit %2. Da r &lt; −1 ist, landet jeder Schritt auf der anderen Seite des Minimums, weiter davon entfernt als zuvor: Die Lernrate ist dort zu groß (über %3).</translation>
    </message>
    <message>
        <source>Converged: %1 fell below %2 of its start value at step %3 and stayed below; %4 (%5 of the start value).</source>
        <translation>Konvergiert: %1 fiel bei Schritt %3 unter das %2-Fache seines Startwerts und blieb darunter; %4 (das %5-Fache des Startwerts).</translation>
    </message>
    <message numerus="yes">
        <source>oscillating: steps overshoot and turn back; the loss rose at %n of its %1 steps, but over the last steps taken together the error shrinks</source>
        <comment>oscillating: steps overshoot and turn back; the loss rose at %n of its %1 steps, but over the last steps taken together the error shrinks</comment>
        <translation>
            <numerusform>Oszillation: die Schritte schießen über und kehren um; der Verlust stieg bei %n seiner %1 Schritte, aber über die letzten Schritte zusammen schrumpft der Fehler</numerusform>
            <numerusform>Oszillation: die Schritte schießen über und kehren um; der Verlust stieg bei %n seiner %1 Schritte, aber über die letzten Schritte zusammen schrumpft der Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>oscillating, unfinished: steps overshoot and turn back; the loss rose at %n of its %1 steps, and over the last steps taken together the error shrinks, but the steps ran out before the tolerance was met</source>
        <comment>oscillating, unfinished: steps overshoot and turn back; the loss rose at %n of its %1 steps, and over the last steps taken together the error shrinks, but the steps ran out before the tolerance was met</comment>
        <translation>
            <numerusform>Oszillation, unfertig: die Schritte schießen über und kehren um; der Verlust stieg bei %n seiner %1 Schritte, und über die letzten Schritte zusammen schrumpft der Fehler, aber die Schritte gingen aus, bevor die Toleranz erreicht war</numerusform>
            <numerusform>Oszillation, unfertig: die Schritte schießen über und kehren um; der Verlust stieg bei %n seiner %1 Schritte, und über die letzten Schritte zusammen schrumpft der Fehler, aber die Schritte gingen aus, bevor die Toleranz erreicht war</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>irregular: the last %1 steps all go the same way, yet the loss rose at %n of them: the run is carried uphill and has not turned back yet</source>
        <comment>irregular: the last %1 steps all go the same way, yet the loss rose at %n of them: the run is carried uphill and has not turned back yet</comment>
        <translation>
            <numerusform>unregelmäßig: die letzten %1 Schritte gehen alle in dieselbe Richtung, doch bei %n von ihnen stieg der Verlust: der Lauf wird bergauf getragen und hat noch nicht umgekehrt</numerusform>
            <numerusform>unregelmäßig: die letzten %1 Schritte gehen alle in dieselbe Richtung, doch bei %n von ihnen stieg der Verlust: der Lauf wird bergauf getragen und hat noch nicht umgekehrt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <source>Constant</source>
        <translation>Konstant</translation>
    </message>
    <message>
        <source>Step decay</source>
        <translation>Stufenweise</translation>
    </message>
    <message>
        <source>Exponential decay</source>
        <translation>Exponentiell</translation>
    </message>
    <message>
        <source>Cosine annealing</source>
        <translation>Kosinusförmig</translation>
    </message>
    <message>
        <source>Warm-up, then cosine</source>
        <translation>Linear, dann kosinusförmig</translation>
    </message>
</context>
<context>
    <name>ScheduleWord</name>
    <message>
        <source>constant</source>
        <translation>konstant</translation>
    </message>
    <message>
        <source>step</source>
        <translation>stufenweise</translation>
    </message>
    <message>
        <source>exponential</source>
        <translation>exponentiell</translation>
    </message>
    <message>
        <source>cosine</source>
        <translation>kosinusförmig</translation>
    </message>
    <message>
        <source>warmup-cosine</source>
        <translation>linear, dann kosinusförmig</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>%1 must be a whole number of at least 1, got %2</source>
        <translation>%1 muss eine ganze Zahl von mindestens 1 sein, nicht %2</translation>
    </message>
    <message>
        <source>%1 must be greater than 0 and at most 1, got %2</source>
        <translation>%1 muss größer als 0 und höchstens 1 sein, nicht %2</translation>
    </message>
    <message>
        <source>%1 must be a whole number of at least 1 and less than %2 (%3), got %4</source>
        <translation>%1 muss eine ganze Zahl von mindestens 1 und kleiner als %2 (%3) sein, nicht %4</translation>
    </message>
    <message>
        <source>%1 must be 0 or positive, got %2</source>
        <translation>%1 muss 0 oder positiv sein, nicht %2</translation>
    </message>
</context>
<context>
    <name>StateCaption</name>
    <message>
        <source>Optimizer state: gradient descent and Newton&apos;s method keep none, so nothing is drawn.</source>
        <translation>Optimiererzustand: Gradientenabstieg und das Newton-Verfahren haben keinen, daher wird nichts gezeichnet.</translation>
    </message>
    <message>
        <source>Optimizer state, drawn from where each update started (the latest strong, earlier ones faded).</source>
        <translation>Optimiererzustand, gezeichnet vom Ausgangspunkt jeder Aktualisierung (die neueste kräftig, frühere verblasst).</translation>
    </message>
    <message>
        <source>Momentum, Nesterov: solid arrow −η·v, the velocity v (torch&apos;s momentum_buffer) after the update, times the rate (momentum&apos;s update itself); dashed −η·g, the step the gradient alone would take.</source>
        <translation>Momentum, Nesterov: durchgezogener Pfeil −η·v, die Geschwindigkeit v (torchs momentum_buffer) nach der Aktualisierung, mal die Rate (die Aktualisierung des Momentums selbst); gestrichelt −η·g, der Schritt, den der Gradient allein machen würde.</translation>
    </message>
    <message>
        <source>Adam: solid arrow −η·m/(√v + ε), m and v its averages bias-corrected (exp_avg/(1 − β₁ᵗ), exp_avg_sq/(1 − β₂ᵗ)): the update it took; dashed −η·g/(√v + ε), the same with the raw gradient g in place of the smoothed m.</source>
        <translation>Adam: durchgezogener Pfeil −η·m/(√v + ε), m und v seine Mittelwerte mit Bias-Korrektur (exp_avg/(1 − β₁ᵗ), exp_avg_sq/(1 − β₂ᵗ)): die Aktualisierung, die er ausgeführt hat; gestrichelt −η·g/(√v + ε), dasselbe mit dem rohen Gradienten g statt des geglätteten m.</translation>
    </message>
    <message>
        <source>Bar (Adagrad, RMSprop, Adam), drawn just below the arrow: half-width |Δw|, the update taken: the effective step size below times the gradient (for Adam times the bias-corrected m/(1 − β₁ᵗ) instead).</source>
        <translation>Balken (Adagrad, RMSprop, Adam), direkt unter dem Pfeil gezeichnet: halbe Breite |Δw|, die ausgeführte Aktualisierung: die effektive Schrittweite unten mal der Gradient (bei Adam stattdessen mal m mit Bias-Korrektur, m/(1 − β₁ᵗ)).</translation>
    </message>
    <message>
        <source>Box (Adagrad, RMSprop, Adam): half-widths |Δx|, |Δy|, the update taken in each coordinate (it lands on a corner): the per-coordinate step size below times the gradient (for Adam times the bias-corrected m/(1 − β₁ᵗ) instead).</source>
        <translation>Kasten (Adagrad, RMSprop, Adam): halbe Breiten |Δx|, |Δy|, die in jeder Koordinate ausgeführte Aktualisierung (sie landet auf einer Ecke): die Schrittweite je Koordinate unten mal der Gradient (bei Adam stattdessen mal m mit Bias-Korrektur, m/(1 − β₁ᵗ)).</translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <source>Too short to read at this zoom, the marks are drawn longer than the update: %1 (divide what you see by that factor; zoom in for the true lengths).</source>
        <translation>Bei diesem Zoom zu kurz zum Ablesen, die Markierungen sind länger gezeichnet als die Aktualisierung: %1 (teilen Sie das Gesehene durch diesen Faktor; zoomen Sie hinein, um die wahren Längen zu sehen).</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 für %2</translation>
    </message>
    <message>
        <source>%1, update %2: %3 = %4, so %5</source>
        <translation>%1, Aktualisierung %2: %3 = %4, also %5</translation>
    </message>
</context>
<context>
    <name>StepExplanation</name>
    <message>
        <source>v ← g (the first update starts the velocity at the gradient)</source>
        <translation>v ← g (die erste Aktualisierung setzt die Geschwindigkeit auf den Gradienten)</translation>
    </message>
    <message>
        <source>f″ = %1 is not positive: the parabola through this point has no minimum to jump to, so Newton&apos;s method takes a gradient step.</source>
        <translation>f″ = %1 ist nicht positiv: die Parabel durch diesen Punkt hat kein Minimum, zu dem gesprungen werden könnte, daher macht das Newton-Verfahren einen Gradientenschritt.</translation>
    </message>
    <message>
        <source>θ ← θ − η·g/f″  (the minimum of the parabola with slope g and curvature f″, for η = 1)</source>
        <translation>θ ← θ − η·g/f″  (das Minimum der Parabel mit Steigung g und Krümmung f″, für η = 1)</translation>
    </message>
    <message>
        <source>H is not positive definite (det H = %1, %2 = %3): the local quadratic model has no minimum to jump to, so Newton&apos;s method takes a gradient step.</source>
        <translation>H ist nicht positiv definit (det H = %1, %2 = %3): das lokale quadratische Modell hat kein Minimum, zu dem gesprungen werden könnte, daher macht das Newton-Verfahren einen Gradientenschritt.</translation>
    </message>
    <message>
        <source>d ← H⁻¹·g  (solving H·d = g)</source>
        <translation>d ← H⁻¹·g  (Lösung von H·d = g)</translation>
    </message>
    <message>
        <source>velocity</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>accumulated G (sum of g²)</source>
        <translation>akkumuliertes G (Summe von g²)</translation>
    </message>
    <message>
        <source>mean square of g</source>
        <translation>mittleres Quadrat von g</translation>
    </message>
    <message>
        <source>first moment (mean of g)</source>
        <translation>erstes Moment (Mittelwert von g)</translation>
    </message>
    <message>
        <source>second moment (mean of g²)</source>
        <translation>zweites Moment (Mittelwert von g²)</translation>
    </message>
    <message>
        <source>m bias-corrected</source>
        <translation>m mit Bias-Korrektur</translation>
    </message>
    <message>
        <source>v bias-corrected</source>
        <translation>v mit Bias-Korrektur</translation>
    </message>
    <message>
        <source>g = ∇f(θ) + noise: the gradient this update used</source>
        <translation>g = ∇f(θ) + Rauschen: der Gradient, den diese Aktualisierung verwendet hat</translation>
    </message>
    <message>
        <source>With gradient noise, the update used g, not the true gradient ∇f(θ).</source>
        <translation>Mit Gradientenrauschen hat die Aktualisierung g verwendet, nicht den wahren Gradienten ∇f(θ).</translation>
    </message>
</context>
<context>
    <name>StopWording</name>
    <message>
        <source>|%1| reached %2 at step %3; stopped: %4</source>
        <translation>|%1| erreichte %2 bei Schritt %3; angehalten: %4</translation>
    </message>
    <message>
        <source>|%1| reached %2 at step %3; still growing at the last step</source>
        <translation>|%1| erreichte %2 bei Schritt %3; beim letzten Schritt noch wachsend</translation>
    </message>
    <message>
        <source>|%1| reached %2 at step %3</source>
        <translation>|%1| erreichte %2 bei Schritt %3</translation>
    </message>
</context>
<context>
    <name>gradlab::AutogradFigure</name>
    <message>
        <source>Gradient comparison</source>
        <translation>Gradientenvergleich</translation>
    </message>
    <message>
        <source>Backward through %1 (grad %2): its inputs are constants, which take no gradient.</source>
        <translation>Rückwärts durch %1 (grad %2): seine Eingaben sind Konstanten, die keinen Gradienten erhalten.</translation>
    </message>
    <message>
        <source>to %1: %2 × %3 %4 %5</source>
        <translation>an %1: %2 × %3 %4 %5</translation>
    </message>
    <message>
        <source>Backward through %1 (grad %2). Chain rule, upstream gradient × local derivative (the number on the arrow) = what the input receives: %3.</source>
        <translation>Rückwärts durch %1 (grad %2). Kettenregel: Gradient von oben (upstream) × lokale Ableitung (die Zahl am Pfeil) = was die Eingabe erhält: %3.</translation>
    </message>
    <message>
        <source>at %1 = %2</source>
        <translation>bei %1 = %2</translation>
    </message>
    <message>
        <source>Forward pass at %1 = %2: every operation records its inputs and its value, f = %3. The number on each arrow is the operation&apos;s local derivative by that input. Press Backward to send the gradient back through the graph.</source>
        <translation>Vorwärtsdurchlauf bei %1 = %2: jede Operation speichert ihre Eingaben und ihren Wert, f = %3. Die Zahl an jedem Pfeil ist die lokale Ableitung der Operation nach dieser Eingabe. Drücken Sie „Rückwärts“, um den Gradienten durch den Graphen zurückzuschicken.</translation>
    </message>
    <message>
        <source>Backward pass complete, but f%1 is undefined (%2): no gradient here. PyTorch would still report %3.grad = %4 and %5.grad = %6 from the local rules.</source>
        <translation>Rückwärtsdurchlauf fertig, aber f%1 ist nicht definiert (%2): hier gibt es keinen Gradienten. PyTorch würde nach den lokalen Regeln trotzdem %3.grad = %4 und %5.grad = %6 melden.</translation>
    </message>
    <message>
        <source>Backward pass complete: %1.grad = %2 and %3.grad = %4, as PyTorch&apos;s loss.backward() would give.</source>
        <translation>Rückwärtsdurchlauf fertig: %1.grad = %2 und %3.grad = %4, wie es loss.backward() in PyTorch liefern würde.</translation>
    </message>
    <message>
        <source>This is how a neuron learns its weight: one gradient-descent step with rate η moves %1 to %1 − η·%2 and %3 to %3 − η·%4, downhill on this example&apos;s loss.</source>
        <translation>So lernt ein Neuron sein Gewicht: ein Schritt des Gradientenabstiegs mit der Rate η ersetzt %1 durch %1 − η·%2 und %3 durch %3 − η·%4, bergab auf dem Verlust dieses Beispiels.</translation>
    </message>
    <message>
        <source>∂f/∂%1: reverse-mode AD &lt;b&gt;%2&lt;/b&gt; &amp;nbsp;|&amp;nbsp; symbolic %3 = &lt;b&gt;%4&lt;/b&gt; &amp;nbsp;|&amp;nbsp; central difference &lt;b&gt;%5&lt;/b&gt;</source>
        <translation>∂f/∂%1: AD im Rückwärtsmodus &lt;b&gt;%2&lt;/b&gt; &amp;#160;|&amp;#160; symbolisch %3 = &lt;b&gt;%4&lt;/b&gt; &amp;#160;|&amp;#160; zentrale Differenz &lt;b&gt;%5&lt;/b&gt;</translation>
    </message>
    <message>
        <source>✔ AD and symbolic agree for both variables</source>
        <translation>✔ AD und symbolisch stimmen für beide Variablen überein</translation>
    </message>
    <message>
        <source>✘ AD and symbolic do not agree here (%1)</source>
        <translation>✘ AD und symbolisch stimmen hier nicht überein (%1)</translation>
    </message>
    <message>
        <source>Backward pass complete, but f(%1) is undefined (%2): %3 = %1 is outside the domain, so f has no gradient here. PyTorch would still report %3.grad = %4 from the local rules: a number, not a slope.</source>
        <translation>Rückwärtsdurchlauf fertig, aber f(%1) ist nicht definiert (%2): %3 = %1 liegt außerhalb des Definitionsbereichs, daher hat f hier keinen Gradienten. PyTorch würde nach den lokalen Regeln trotzdem %3.grad = %4 melden: eine Zahl, keine Steigung.</translation>
    </message>
    <message>
        <source>Backward pass complete: PyTorch&apos;s loss.backward() would report %1.grad = %2, its convention at a corner (abs and relu count their slope at 0 as 0). The true derivative does not exist here: the one-sided slopes differ.</source>
        <translation>Rückwärtsdurchlauf fertig: loss.backward() in PyTorch würde %1.grad = %2 melden, seine Konvention an einem Knick (abs und relu zählen ihre Steigung bei 0 als 0). Die wahre Ableitung existiert hier nicht: die einseitigen Steigungen sind verschieden.</translation>
    </message>
    <message>
        <source>Backward pass complete: PyTorch would print %1.grad = %2. The derivative is undefined here (vertical tangent): the slope grows without bound.</source>
        <translation>Rückwärtsdurchlauf fertig: PyTorch würde %1.grad = %2 ausgeben. Die Ableitung ist hier nicht definiert (senkrechte Tangente): die Steigung wächst über alle Grenzen.</translation>
    </message>
    <message>
        <source>Backward pass complete: PyTorch would print %1.grad = %2; the slope is not finite here.</source>
        <translation>Rückwärtsdurchlauf fertig: PyTorch würde %1.grad = %2 ausgeben; die Steigung ist hier nicht endlich.</translation>
    </message>
    <message>
        <source>Backward pass complete: %1.grad = %2, as PyTorch&apos;s loss.backward() would give.</source>
        <translation>Rückwärtsdurchlauf fertig: %1.grad = %2, wie es loss.backward() in PyTorch liefern würde.</translation>
    </message>
    <message>
        <source>✔ AD and symbolic agree</source>
        <translation>✔ AD und symbolisch stimmen überein</translation>
    </message>
    <message>
        <source>✘ they differ</source>
        <translation>✘ sie weichen ab</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>nicht definiert</translation>
    </message>
    <message>
        <source>✘ nothing to compare: f(%1) is undefined, %2 = %1 is outside the function&apos;s domain (%3), so f has no derivative there</source>
        <translation>✘ nichts zu vergleichen: f(%1) ist nicht definiert, %2 = %1 liegt außerhalb des Definitionsbereichs der Funktion (%3), daher hat f dort keine Ableitung</translation>
    </message>
    <message>
        <source>%1 (PyTorch&apos;s convention)</source>
        <translation>%1 (Konvention von PyTorch)</translation>
    </message>
    <message>
        <source>undefined (corner)</source>
        <translation>nicht definiert (Knick)</translation>
    </message>
    <message>
        <source>✘ no derivative at %1 = %2: a corner, the one-sided slopes differ (%3 from the left, %4 from the right)</source>
        <translation>✘ keine Ableitung bei %1 = %2: ein Knick, die einseitigen Steigungen sind verschieden (%3 von links, %4 von rechts)</translation>
    </message>
    <message>
        <source>undefined (vertical tangent; PyTorch prints %1)</source>
        <translation>nicht definiert (senkrechte Tangente; PyTorch gibt %1 aus)</translation>
    </message>
    <message>
        <source>undefined (vertical tangent)</source>
        <translation>nicht definiert (senkrechte Tangente)</translation>
    </message>
    <message>
        <source>✘ no derivative at %1 = %2: a vertical tangent, the difference quotients grow without bound as h shrinks</source>
        <translation>✘ keine Ableitung bei %1 = %2: eine senkrechte Tangente, die Differenzenquotienten wachsen über alle Grenzen, wenn h kleiner wird</translation>
    </message>
    <message>
        <source>✘ nothing to compare: f(%1) is defined but its slope is not finite there</source>
        <translation>✘ nichts zu vergleichen: f(%1) ist definiert, aber seine Steigung ist dort nicht endlich</translation>
    </message>
    <message>
        <source>undefined as written (0/0)</source>
        <translation>so geschrieben nicht definiert (0/0)</translation>
    </message>
    <message>
        <source>✔ the slope exists and AD gives it: f′(%1) = %2 (the one-sided difference quotients agree and shrink towards it); the symbolic formula is 0/0 there as written, not a corner</source>
        <translation>✔ die Steigung existiert und AD liefert sie: f′(%1) = %2 (die einseitigen Differenzenquotienten stimmen überein und streben gegen sie); die symbolische Formel ist dort so geschrieben 0/0, kein Knick</translation>
    </message>
    <message>
        <source>✘ the slope exists, f′(%1) ≈ %2 by the one-sided difference quotients, but AD gives %3 and the symbolic formula is 0/0 there as written</source>
        <translation>✘ die Steigung existiert, f′(%1) ≈ %2 nach den einseitigen Differenzenquotienten, aber AD liefert %3, und die symbolische Formel ist dort so geschrieben 0/0</translation>
    </message>
    <message>
        <source>reverse-mode AD &lt;b&gt;%1&lt;/b&gt; &amp;nbsp;|&amp;nbsp; symbolic f′(%2) = %3 = &lt;b&gt;%4&lt;/b&gt; &amp;nbsp;|&amp;nbsp; central difference &lt;b&gt;%5&lt;/b&gt;&lt;br&gt;&lt;span style=&apos;color:%6&apos;&gt;%7&lt;/span&gt;</source>
        <translation>AD im Rückwärtsmodus &lt;b&gt;%1&lt;/b&gt; &amp;#160;|&amp;#160; symbolisch f′(%2) = %3 = &lt;b&gt;%4&lt;/b&gt; &amp;#160;|&amp;#160; zentrale Differenz &lt;b&gt;%5&lt;/b&gt;&lt;br&gt;&lt;span style=&apos;color:%6&apos;&gt;%7&lt;/span&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%1 feeds %n arrow(s), so its gradient is the sum: ∂f/∂%1 = %2 %3 %4.</source>
        <translation>
            <numerusform>Von %1 geht %n Pfeil aus, daher ist sein Gradient die Summe: ∂f/∂%1 = %2 %3 %4.</numerusform>
            <numerusform>Von %1 gehen %n Pfeile aus, daher ist sein Gradient die Summe: ∂f/∂%1 = %2 %3 %4.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gradlab::AutogradLesson</name>
    <message>
        <source>Neuron: (y − σ(w·x + b))², x = 1.5, y = 1</source>
        <translation>Neuron: (y − σ(w·x + b))², x = 1.5, y = 1</translation>
    </message>
    <message>
        <source>&quot;second&quot; must be a number</source>
        <translation>„second“ muss eine Zahl sein</translation>
    </message>
    <message>
        <source>--at needs one coordinate for a formula of one variable, got 2</source>
        <translation>--at braucht für eine Formel mit einer Variablen eine Koordinate, nicht 2</translation>
    </message>
    <message>
        <source>Change the input value</source>
        <translation>Eingabewert ändern</translation>
    </message>
</context>
<context>
    <name>gradlab::AutogradView</name>
    <message>
        <source>Input value</source>
        <translation>Eingabewert</translation>
    </message>
    <message>
        <source>&amp;Input value</source>
        <translation>&amp;Eingabewert</translation>
    </message>
    <message>
        <source>Second input</source>
        <translation>Zweite Eingabe</translation>
    </message>
    <message>
        <source>Second input value</source>
        <translation>Zweiter Eingabewert</translation>
    </message>
    <message>
        <source>&amp;Backward ▸</source>
        <extracomment>Button: the next step of the backward pass (autograd&apos;s backward(), not a direction)</extracomment>
        <translation>&amp;Rückwärts ▸</translation>
    </message>
    <message>
        <source>Process the next node of the backward pass</source>
        <translation>Den nächsten Knoten des Rückwärtsdurchlaufs verarbeiten</translation>
    </message>
    <message>
        <source>Run &amp;all</source>
        <extracomment>Button: process every remaining node of the backward pass at once</extracomment>
        <translation>&amp;Alle ausführen</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <extracomment>Button: forget the backward pass and start it again</extracomment>
        <translation>&amp;Zurücksetzen</translation>
    </message>
</context>
<context>
    <name>gradlab::CodePanel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>&amp;NumPy</source>
        <translation>&amp;NumPy</translation>
    </message>
    <message>
        <source>P&amp;yTorch</source>
        <translation>P&amp;yTorch</translation>
    </message>
    <message>
        <source>Plain Python and NumPy, with the derivative written out</source>
        <translation>Reines Python und NumPy, mit ausgeschriebener Ableitung</translation>
    </message>
    <message>
        <source>PyTorch: tensors with requires_grad, backward(), torch.optim</source>
        <translation>PyTorch: Tensoren mit requires_grad, backward(), torch.optim</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the script to the clipboard</source>
        <translation>Das Skript in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save the script as a .py file</source>
        <translation>Das Skript als .py-Datei speichern</translation>
    </message>
    <message>
        <source>Python script</source>
        <translation>Python-Skript</translation>
    </message>
    <message>
        <source>No lesson is shown.</source>
        <translation>Keine Lektion angezeigt.</translation>
    </message>
    <message>
        <source>No %1 script: %2</source>
        <translation>Kein %1-Skript: %2</translation>
    </message>
    <message>
        <source>PyTorch</source>
        <translation>PyTorch</translation>
    </message>
    <message>
        <source>NumPy</source>
        <translation>NumPy</translation>
    </message>
    <message numerus="yes">
        <source>Copied the %1 script (%n line(s)) to the clipboard.</source>
        <translation>
            <numerusform>%1-Skript (%n Zeile) in die Zwischenablage kopiert.</numerusform>
            <numerusform>%1-Skript (%n Zeilen) in die Zwischenablage kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Script</source>
        <translation>Skript speichern</translation>
    </message>
    <message>
        <source>Python scripts (*.py)</source>
        <translation>Python-Skripte (*.py)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>gradlab::ContourFigure</name>
    <message>
        <source>Contour map with gradient</source>
        <translation>Höhenlinienkarte mit Gradient</translation>
    </message>
    <message>
        <source>point</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Slice along x</source>
        <translation>Schnitt entlang x</translation>
    </message>
    <message>
        <source>Slice along y</source>
        <translation>Schnitt entlang y</translation>
    </message>
    <message>
        <source>Gradient readouts</source>
        <translation>Gradienten-Messwerte</translation>
    </message>
    <message>
        <source>f or its gradient is not defined here.</source>
        <translation>f oder sein Gradient ist hier nicht definiert.</translation>
    </message>
    <message>
        <source>∇f ≈ 0 here (|∇f| = %1, under %2 of this function&apos;s typical slope %3): a flat point, with no arrows to draw.</source>
        <translation>∇f ≈ 0 hier (|∇f| = %1, unter %2 der typischen Steigung %3 dieser Funktion): ein flacher Punkt, ohne Pfeile zum Zeichnen.</translation>
    </message>
    <message>
        <source>The Hessian&apos;s eigenvalues %1 and %2 are both positive: a &lt;b&gt;minimum&lt;/b&gt;, the surface curves up in every direction.</source>
        <translation>Die Eigenwerte %1 und %2 der Hesse-Matrix sind beide positiv: ein &lt;b&gt;Minimum&lt;/b&gt;, die Fläche krümmt sich in jeder Richtung nach oben.</translation>
    </message>
    <message>
        <source>The Hessian&apos;s eigenvalues %1 and %2 are both negative: a &lt;b&gt;maximum&lt;/b&gt;, the surface curves down in every direction.</source>
        <translation>Die Eigenwerte %1 und %2 der Hesse-Matrix sind beide negativ: ein &lt;b&gt;Maximum&lt;/b&gt;, die Fläche krümmt sich in jeder Richtung nach unten.</translation>
    </message>
    <message>
        <source>The Hessian&apos;s eigenvalues %1 and %2 have opposite signs: a &lt;b&gt;saddle point&lt;/b&gt;, up one way and down another.</source>
        <translation>Die Eigenwerte %1 und %2 der Hesse-Matrix haben entgegengesetzte Vorzeichen: ein &lt;b&gt;Sattelpunkt&lt;/b&gt;, in einer Richtung aufwärts, in einer anderen abwärts.</translation>
    </message>
    <message>
        <source>%1 nearby points, up to %2 away,</source>
        <translation>%1 Punkten in der Nähe, bis zu %2 entfernt,</translation>
    </message>
    <message>
        <source>f is not defined around it, so the kind of point is unknown.</source>
        <translation>f ist in der Umgebung nicht definiert, daher ist die Art des Punkts unbekannt.</translation>
    </message>
    <message>
        <source>f is no lower at any of %1 so it is a &lt;b&gt;minimum&lt;/b&gt; (as far as those probes see).</source>
        <translation>f ist an keinem von %1 niedriger, also ist es ein &lt;b&gt;Minimum&lt;/b&gt; (soweit diese Proben reichen).</translation>
    </message>
    <message>
        <source>f is no higher at any of %1 so it is a &lt;b&gt;maximum&lt;/b&gt; (as far as those probes see).</source>
        <translation>f ist an keinem von %1 höher, also ist es ein &lt;b&gt;Maximum&lt;/b&gt; (soweit diese Proben reichen).</translation>
    </message>
    <message>
        <source>Among %1 f is lower at some and higher at others: &lt;b&gt;neither a minimum nor a maximum&lt;/b&gt;.</source>
        <translation>Unter %1 ist f an einigen niedriger und an anderen höher: &lt;b&gt;weder ein Minimum noch ein Maximum&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>f has the same value at all %1 flat all around.</source>
        <translation>f hat an allen %1 denselben Wert: ringsum flach.</translation>
    </message>
    <message>
        <source>The Hessian&apos;s eigenvalues are %1 and %2: it is singular (a degenerate flat point), so second derivatives &lt;b&gt;cannot tell&lt;/b&gt; what kind of point this is.</source>
        <translation>Die Eigenwerte der Hesse-Matrix sind %1 und %2: sie ist singulär (ein entarteter flacher Punkt), daher &lt;b&gt;können&lt;/b&gt; die zweiten Ableitungen &lt;b&gt;nicht entscheiden&lt;/b&gt;, welche Art von Punkt dies ist.</translation>
    </message>
    <message>
        <source>The gradient points uphill, at right angles to the contour through the point; −∇f points downhill. Each slice&apos;s tangent has the slope of one partial derivative.</source>
        <translation>Der Gradient zeigt bergauf, senkrecht zur Höhenlinie durch den Punkt; −∇f zeigt bergab. Die Tangente jedes Schnitts hat als Steigung eine partielle Ableitung.</translation>
    </message>
    <message>
        <source> The surface is nearly flat here, but not flat: zoom in to see the arrows.</source>
        <translation> Die Fläche ist hier fast flach, aber nicht flach: zoomen Sie hinein, um die Pfeile zu sehen.</translation>
    </message>
    <message>
        <source>%1: curves up</source>
        <translation>%1: nach oben gekrümmt</translation>
    </message>
    <message>
        <source>%1: curves down</source>
        <translation>%1: nach unten gekrümmt</translation>
    </message>
    <message>
        <source>%1: straight</source>
        <translation>%1: gerade</translation>
    </message>
    <message>
        <source>The Hessian is not defined here.</source>
        <translation>Die Hesse-Matrix ist hier nicht definiert.</translation>
    </message>
    <message>
        <source>Hessian H: %1</source>
        <translation>Hesse-Matrix H: %1</translation>
    </message>
    <message>
        <source>Both positive: near here the surface is &lt;b&gt;bowl-shaped&lt;/b&gt;, curving up in every direction (but this is no minimum: ∇f is not 0).</source>
        <translation>Beide positiv: hier in der Nähe ist die Fläche &lt;b&gt;schüsselförmig&lt;/b&gt; und krümmt sich in jeder Richtung nach oben (aber dies ist kein Minimum: ∇f ist nicht 0).</translation>
    </message>
    <message>
        <source>Both negative: near here the surface is &lt;b&gt;dome-shaped&lt;/b&gt;, curving down in every direction (but this is no maximum: ∇f is not 0).</source>
        <translation>Beide negativ: hier in der Nähe ist die Fläche &lt;b&gt;kuppelförmig&lt;/b&gt; und krümmt sich in jeder Richtung nach unten (aber dies ist kein Maximum: ∇f ist nicht 0).</translation>
    </message>
    <message>
        <source>Opposite signs: near here the surface is &lt;b&gt;saddle-shaped&lt;/b&gt;, curving down along one eigen-direction and up along the other.</source>
        <translation>Entgegengesetzte Vorzeichen: hier in der Nähe ist die Fläche &lt;b&gt;sattelförmig&lt;/b&gt;, entlang einer Eigenrichtung nach unten gekrümmt und entlang der anderen nach oben.</translation>
    </message>
    <message>
        <source>One is 0, the other positive: near here the surface is a &lt;b&gt;trough&lt;/b&gt;, curving up across it and straight along it (to second order).</source>
        <translation>Einer ist 0, der andere positiv: hier in der Nähe ist die Fläche eine &lt;b&gt;Rinne&lt;/b&gt;, quer dazu nach oben gekrümmt und längs gerade (bis zur zweiten Ordnung).</translation>
    </message>
    <message>
        <source>One is 0, the other negative: near here the surface is a &lt;b&gt;ridge&lt;/b&gt;, curving down across it and straight along it (to second order).</source>
        <translation>Einer ist 0, der andere negativ: hier in der Nähe ist die Fläche ein &lt;b&gt;Grat&lt;/b&gt;, quer dazu nach unten gekrümmt und längs gerade (bis zur zweiten Ordnung).</translation>
    </message>
    <message>
        <source>Both are 0: to second order the surface is &lt;b&gt;flat&lt;/b&gt; (a tilted plane) here.</source>
        <translation>Beide sind 0: bis zur zweiten Ordnung ist die Fläche hier &lt;b&gt;flach&lt;/b&gt; (eine geneigte Ebene).</translation>
    </message>
    <message>
        <source>The ellipse is where the quadratic part of the local model, ½ dᵀHd, is %1%2; its axes are the eigen-directions, shorter where the surface curves more.</source>
        <translation>Die Ellipse ist die Menge, auf der der quadratische Teil des lokalen Modells, ½ dᵀHd, gleich %1%2 ist; ihre Achsen sind die Eigenrichtungen, kürzer, wo die Fläche stärker gekrümmt ist.</translation>
    </message>
    <message>
        <source>The hyperbolas are where ½ dᵀHd = ±%1: the model rises along λ₂&apos;s direction and falls along λ₁&apos;s.</source>
        <translation>Die Hyperbeln sind die Menge, auf der ½ dᵀHd = ±%1 ist: das Modell steigt in Richtung von λ₂ und fällt in Richtung von λ₁.</translation>
    </message>
    <message>
        <source>The parallel lines are where ½ dᵀHd = %1%2: along them the model does not change.</source>
        <translation>Die parallelen Geraden sind die Menge, auf der ½ dᵀHd = %1%2 ist: entlang dieser Geraden ändert sich das Modell nicht.</translation>
    </message>
    <message>
        <source>½ dᵀHd is 0 in every direction: there is no curve to draw.</source>
        <translation>½ dᵀHd ist in jeder Richtung 0: es gibt keine Kurve zu zeichnen.</translation>
    </message>
    <message>
        <source>%1: eigenvalues %2.</source>
        <translation>%1: Eigenwerte %2.</translation>
    </message>
    <message>
        <source>At (%1, %2): f = &lt;b&gt;%3&lt;/b&gt; &amp;nbsp;&amp;nbsp; &lt;span style=&apos;color:%4&apos;&gt;∂f/∂%5 = %6 = &lt;b&gt;%7&lt;/b&gt;&lt;/span&gt; &amp;nbsp;&amp;nbsp; &lt;span style=&apos;color:%8&apos;&gt;∂f/∂%9 = %10 = &lt;b&gt;%11&lt;/b&gt;&lt;/span&gt; &amp;nbsp;&amp;nbsp; &lt;span style=&apos;color:%12&apos;&gt;|∇f| = &lt;b&gt;%13&lt;/b&gt;&lt;/span&gt;&lt;br&gt;%14%15</source>
        <translation>Bei (%1; %2): f = &lt;b&gt;%3&lt;/b&gt; &amp;#160;&amp;#160; &lt;span style=&apos;color:%4&apos;&gt;∂f/∂%5 = %6 = &lt;b&gt;%7&lt;/b&gt;&lt;/span&gt; &amp;#160;&amp;#160; &lt;span style=&apos;color:%8&apos;&gt;∂f/∂%9 = %10 = &lt;b&gt;%11&lt;/b&gt;&lt;/span&gt; &amp;#160;&amp;#160; &lt;span style=&apos;color:%12&apos;&gt;|∇f| = &lt;b&gt;%13&lt;/b&gt;&lt;/span&gt;&lt;br&gt;%14%15</translation>
    </message>
    <message>
        <source>gradient at (%1, %2) is (%3, %4)</source>
        <translation>Gradient bei (%1; %2) ist (%3; %4)</translation>
    </message>
    <message>
        <source>, f = %1</source>
        <translation>, f = %1</translation>
    </message>
</context>
<context>
    <name>gradlab::ContourLesson</name>
    <message>
        <source>Show the Hessian</source>
        <translation>Hesse-Matrix zeigen</translation>
    </message>
    <message>
        <source>Hide the Hessian</source>
        <translation>Hesse-Matrix ausblenden</translation>
    </message>
    <message>
        <source>%1 must be true or false</source>
        <translation>%1 muss wahr oder falsch sein</translation>
    </message>
</context>
<context>
    <name>gradlab::ContourView</name>
    <message>
        <source>Point:</source>
        <translation>Punkt:</translation>
    </message>
    <message>
        <source>Click the map or drag the point, or type its coordinates.</source>
        <translation>Klicken Sie in die Karte, ziehen Sie den Punkt oder geben Sie seine Koordinaten ein.</translation>
    </message>
    <message>
        <source>He&amp;ssian</source>
        <translation>He&amp;sse-Matrix</translation>
    </message>
    <message>
        <source>Draw the Hessian at the point as the axes of the local quadratic model: its eigen-directions, labelled with the eigenvalues, and the curve where ½ dᵀHd = ±c (an ellipse, hyperbolas or parallel lines).</source>
        <translation>Die Hesse-Matrix im Punkt als Achsen des lokalen quadratischen Modells zeichnen: ihre Eigenrichtungen, beschriftet mit den Eigenwerten, und die Kurve, auf der ½ dᵀHd = ±c ist (eine Ellipse, Hyperbeln oder parallele Geraden).</translation>
    </message>
</context>
<context>
    <name>gradlab::DataActions</name>
    <message>
        <source>&amp;Import Data…</source>
        <translation>Daten &amp;importieren…</translation>
    </message>
    <message>
        <source>Import Data</source>
        <translation>Daten importieren</translation>
    </message>
    <message>
        <source>CSV with columns x and y (*.csv);;All files (*)</source>
        <translation>CSV mit Spalten x und y (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Read points (a CSV with columns x and y) into the lesson “Fitting a line”</source>
        <translation>Punkte (eine CSV mit Spalten x und y) in die Lektion „Eine Gerade anpassen“ einlesen</translation>
    </message>
    <message>
        <source>Export &amp;Data as CSV…</source>
        <translation>&amp;Daten als CSV exportieren…</translation>
    </message>
    <message>
        <source>Export Data as CSV</source>
        <translation>Daten als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>CSV-Tabellen (*.csv)</translation>
    </message>
    <message>
        <source>Write the points of the lesson “Fitting a line” as CSV</source>
        <translation>Die Punkte der Lektion „Eine Gerade anpassen“ als CSV schreiben</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is too large to be data for this lesson.</source>
        <translation>%1 ist zu groß für die Daten dieser Lektion.</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 wurde nicht importiert: %2</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n point(s) from %1</source>
        <translation>
            <numerusform>%n Punkt aus %1 importiert</numerusform>
            <numerusform>%n Punkte aus %1 importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n point(s))</source>
        <translation>
            <numerusform>%1 gespeichert (%n Punkt)</numerusform>
            <numerusform>%1 gespeichert (%n Punkte)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gradlab::DataPresets</name>
    <message>
        <source>A line with noise</source>
        <translation>Eine verrauschte Gerade</translation>
    </message>
    <message>
        <source>One outlier</source>
        <translation>Ein Ausreißer</translation>
    </message>
    <message>
        <source>One point (2, 3)</source>
        <extracomment>A data set of one point, at x = 2, y = 3</extracomment>
        <translation>Ein einzelner Punkt (2; 3)</translation>
    </message>
</context>
<context>
    <name>gradlab::DescentFigure</name>
    <message>
        <source>Loss curve with descent steps</source>
        <translation>Verlustkurve mit Abstiegsschritten</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>w</source>
        <translation>w</translation>
    </message>
    <message>
        <source>gradient</source>
        <translation>Gradient</translation>
    </message>
    <message>
        <source>update</source>
        <translation>Aktualisierung</translation>
    </message>
    <message>
        <source>lr</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>The learning rate of the update on this row, as the schedule sets it</source>
        <translation>Die Lernrate der Aktualisierung in dieser Zeile, wie der Lernratenplan sie festlegt</translation>
    </message>
    <message>
        <source>Step table</source>
        <translation>Schritttabelle</translation>
    </message>
    <message>
        <source>update Δ%1</source>
        <translation>Aktualisierung Δ%1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>true gradient</source>
        <translation>wahrer Gradient</translation>
    </message>
    <message>
        <source>update Δ%1
(noisy)</source>
        <translation>Aktualisierung Δ%1
(verrauscht)</translation>
    </message>
    <message>
        <source>%1ₖ₊₁ − %1ₖ: the step taken from this row, from its gradient plus the noise drawn for it; the next row starts there</source>
        <translation>%1ₖ₊₁ − %1ₖ: der Schritt ab dieser Zeile, aus ihrem Gradienten plus dem dafür gezogenen Rauschen; die nächste Zeile beginnt dort</translation>
    </message>
    <message>
        <source>%1ₖ₊₁ − %1ₖ: the step this row&apos;s gradient causes; the next row starts there</source>
        <translation>%1ₖ₊₁ − %1ₖ: der Schritt, den der Gradient dieser Zeile bewirkt; die nächste Zeile beginnt dort</translation>
    </message>
    <message>
        <source>The true gradient at this row&apos;s point (the update used it plus noise of standard deviation σ)</source>
        <translation>Der wahre Gradient im Punkt dieser Zeile (die Aktualisierung verwendete ihn plus Rauschen der Standardabweichung σ)</translation>
    </message>
    <message>
        <source>step %1: %2 = %3, loss %4. %5</source>
        <translation>Schritt %1: %2 = %3, Verlust %4. %5</translation>
    </message>
</context>
<context>
    <name>gradlab::DescentLesson</name>
    <message>
        <source>Change the learning rate</source>
        <translation>Lernrate ändern</translation>
    </message>
    <message>
        <source>Change the optimizer settings</source>
        <translation>Optimierer-Einstellungen ändern</translation>
    </message>
    <message>
        <source>Change the number of steps</source>
        <translation>Schrittzahl ändern</translation>
    </message>
    <message>
        <source>Change the tolerance</source>
        <translation>Toleranz ändern</translation>
    </message>
    <message>
        <source>Change the learning-rate schedule</source>
        <translation>Lernratenplan ändern</translation>
    </message>
    <message>
        <source>Change the gradient noise</source>
        <translation>Gradientenrauschen ändern</translation>
    </message>
    <message>
        <source>Change the noise seed</source>
        <translation>Zufallsstartwert des Rauschens ändern</translation>
    </message>
    <message>
        <source>Show the optimizer state</source>
        <translation>Optimiererzustand zeigen</translation>
    </message>
    <message>
        <source>Hide the optimizer state</source>
        <translation>Optimiererzustand ausblenden</translation>
    </message>
    <message>
        <source>“tolerance” must be a number between %1 and %2</source>
        <translation>„tolerance“ muss eine Zahl zwischen %1 und %2 sein</translation>
    </message>
    <message>
        <source>--start needs one coordinate for this lesson, got %1</source>
        <translation>--start braucht für diese Lektion eine Koordinate, nicht %1</translation>
    </message>
    <message>
        <source>--optimizer takes one of %1 here</source>
        <translation>--optimizer akzeptiert hier einen von %1</translation>
    </message>
    <message>
        <source>steps</source>
        <extracomment>What File → Export Table as CSV writes, shown in brackets after it</extracomment>
        <translation>Schritte</translation>
    </message>
</context>
<context>
    <name>gradlab::DescentView</name>
    <message>
        <source>Start</source>
        <extracomment>The start point&apos;s field (a noun: where descent starts), not &quot;begin&quot;</extracomment>
        <translation>Start</translation>
    </message>
    <message>
        <source>Where the run starts: a number or an expression such as pi/2 (or drag the start point on the curve)</source>
        <translation>Wo der Lauf beginnt: eine Zahl oder ein Ausdruck wie pi/2 (oder ziehen Sie den Startpunkt auf der Kurve)</translation>
    </message>
    <message>
        <source>St&amp;art</source>
        <extracomment>Label of the start point&apos;s field (a noun: where descent starts), not &quot;begin&quot;</extracomment>
        <translation>St&amp;art</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>&amp;Learning rate</source>
        <translation>&amp;Lernrate</translation>
    </message>
    <message>
        <source>Maximum steps</source>
        <translation>Maximale Schritte</translation>
    </message>
    <message>
        <source>S&amp;teps</source>
        <extracomment>Label of the field for the most steps a run takes (a count)</extracomment>
        <translation>Sc&amp;hritte</translation>
    </message>
    <message>
        <source>T&amp;olerance</source>
        <translation>T&amp;oleranz</translation>
    </message>
    <message>
        <source>▶ &amp;Play</source>
        <translation>▶ Abs&amp;pielen</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <extracomment>Button (a verb): take one step of gradient descent</extracomment>
        <translation>&amp;Schritt</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <extracomment>Button: go back to the start point and clear the run</extracomment>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Sho&amp;w optimizer state</source>
        <translation>Optimiererzus&amp;tand zeigen</translation>
    </message>
    <message>
        <source>Draw the optimizer&apos;s state at each step: the velocity, Adam&apos;s smoothed gradient against the raw gradient, and the update each adaptive step took</source>
        <translation>Den Zustand des Optimierers bei jedem Schritt zeichnen: die Geschwindigkeit, Adams geglätteten Gradienten gegenüber dem rohen Gradienten und die Aktualisierung, die jeder adaptive Schritt ausgeführt hat</translation>
    </message>
    <message>
        <source>❚❚ &amp;Pause</source>
        <translation>❚❚ &amp;Pause</translation>
    </message>
</context>
<context>
    <name>gradlab::ExportActions</name>
    <message>
        <source>&amp;Export Figure…</source>
        <translation>Abbildung &amp;exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>The lesson&apos;s figure as PNG, PDF or SVG</source>
        <translation>Die Abbildung der Lektion als PNG, PDF oder SVG</translation>
    </message>
    <message>
        <source>&amp;Copy Figure</source>
        <translation>Abbildung &amp;kopieren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Export &amp;Table as CSV…</source>
        <translation>&amp;Tabelle als CSV exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Export &amp;Animation…</source>
        <translation>&amp;Animation exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;Table as CSV (%1)…</source>
        <translation>&amp;Tabelle als CSV exportieren (%1)…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Saved %1 (%2 × %3)</source>
        <translation>%1 gespeichert (%2 × %3)</translation>
    </message>
    <message>
        <source>Copied the figure to the clipboard</source>
        <translation>Abbildung in die Zwischenablage kopiert</translation>
    </message>
    <message>
        <source>Copy failed</source>
        <translation>Kopieren fehlgeschlagen</translation>
    </message>
    <message>
        <source>This lesson shows no table.</source>
        <translation>Diese Lektion zeigt keine Tabelle.</translation>
    </message>
    <message>
        <source>Drawing the frames…</source>
        <translation>Bilder werden gezeichnet…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Export Table as CSV</source>
        <translation>Tabelle als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>CSV-Tabellen (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n row(s))</source>
        <translation>
            <numerusform>%1 gespeichert (%n Zeile)</numerusform>
            <numerusform>%1 gespeichert (%n Zeilen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n frame(s), %1 to %2</source>
        <translation>
            <numerusform>%n Bild gespeichert, %1 bis %2</numerusform>
            <numerusform>%n Bilder gespeichert, %1 bis %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gradlab::ExportDialog</name>
    <message>
        <source>Export Figure</source>
        <translation>Abbildung exportieren</translation>
    </message>
    <message>
        <source>Export Animation</source>
        <translation>Animation exportieren</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <source>PDF document (vector)</source>
        <translation>PDF-Dokument (Vektor)</translation>
    </message>
    <message>
        <source>SVG drawing (vector)</source>
        <translation>SVG-Zeichnung (Vektor)</translation>
    </message>
    <message>
        <source>Animated GIF</source>
        <translation>Animiertes GIF</translation>
    </message>
    <message>
        <source>Numbered PNG frames (NAME-0001.png, …)</source>
        <translation>Nummerierte PNG-Bilder (NAME-0001.png, …)</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>2× writes twice as many pixels each way with the same layout, for high-DPI slides (PNG and GIF)</source>
        <translation>2× schreibt in jeder Richtung doppelt so viele Pixel bei gleichem Layout, für hochauflösende Folien (PNG und GIF)</translation>
    </message>
    <message>
        <source>&amp;Transparent background</source>
        <translation>T&amp;ransparenter Hintergrund</translation>
    </message>
    <message>
        <source>Leave the window and plot backgrounds out (PNG, PDF, SVG)</source>
        <translation>Fenster- und Diagrammhintergrund weglassen (PNG, PDF, SVG)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Breite:</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>&amp;Höhe:</translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation>S&amp;kalierung:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>none (for a slide, e.g. “Gradient descent on x²”)</source>
        <translation>kein Titel (für eine Folie, z. B. „Gradientenabstieg auf x²“)</translation>
    </message>
    <message>
        <source>Written above the figure, centred; leave empty for no title</source>
        <translation>Zentriert über der Abbildung; leer lassen für keinen Titel</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Copy to Clipboard</source>
        <translation>In die &amp;Zwischenablage</translation>
    </message>
    <message>
        <source>the lesson&apos;s own</source>
        <translation>Vorgabe der Lektion</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source> frames/s</source>
        <translation> Bilder/s</translation>
    </message>
    <message>
        <source>Frames per second</source>
        <translation>Bilder pro Sekunde</translation>
    </message>
    <message>
        <source>F&amp;rames:</source>
        <translation>Bi&amp;lder:</translation>
    </message>
    <message>
        <source>S&amp;peed:</source>
        <translation>Tem&amp;po:</translation>
    </message>
    <message>
        <source>PNG images (*.png);;PDF documents (*.pdf);;SVG drawings (*.svg)</source>
        <translation>PNG-Bilder (*.png);;PDF-Dokumente (*.pdf);;SVG-Zeichnungen (*.svg)</translation>
    </message>
    <message>
        <source>Animated GIF (*.gif);;PNG frames (*.png)</source>
        <translation>Animiertes GIF (*.gif);;PNG-Bilder (*.png)</translation>
    </message>
    <message numerus="yes">
        <source>the lesson&apos;s own (%n frames)</source>
        <translation>
            <numerusform>Vorgabe der Lektion (%n Bild)</numerusform>
            <numerusform>Vorgabe der Lektion (%n Bilder)</numerusform>
        </translation>
    </message>
    <message>
        <source>the lesson&apos;s own (%1 frames/s)</source>
        <translation>Vorgabe der Lektion (%1 Bilder/s)</translation>
    </message>
    <message>
        <source>A vector drawing of %1 × %2 px at 96 dpi: it stays sharp at any zoom, so the scale does not apply.</source>
        <translation>Eine Vektorzeichnung von %1 × %2 px bei 96 dpi: sie bleibt bei jedem Zoom scharf, daher gilt die Skalierung nicht.</translation>
    </message>
    <message>
        <source>Writes an image of %1 × %2 pixels.</source>
        <extracomment>The size of the image the export writes, in pixels</extracomment>
        <translation>Schreibt ein Bild mit %1 × %2 Pixeln.</translation>
    </message>
    <message>
        <source>Writes frames of %1 × %2 pixels.</source>
        <translation>Schreibt Einzelbilder mit %1 × %2 Pixeln.</translation>
    </message>
</context>
<context>
    <name>gradlab::FigureTitle</name>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
</context>
<context>
    <name>gradlab::FileActions</name>
    <message>
        <source>GradLab lessons (*.gradlab)</source>
        <translation>GradLab-Lektionen (*.gradlab)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Every lesson back to its first function and settings</source>
        <translation>Jede Lektion zurück zu ihrer ersten Funktion und ihren Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Cannot open the lesson file</source>
        <translation>Die Lektionsdatei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Opened %1; %2</source>
        <translation>%1 geöffnet; %2</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Cannot save the lesson file</source>
        <translation>Die Lektionsdatei kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>lesson.gradlab</source>
        <translation>lektion.gradlab</translation>
    </message>
    <message>
        <source>Save Lesson</source>
        <translation>Lektion speichern</translation>
    </message>
    <message>
        <source>Open Lesson</source>
        <translation>Lektion öffnen</translation>
    </message>
    <message>
        <source>the untitled lesson</source>
        <translation>der unbenannten Lektion</translation>
    </message>
    <message>
        <source>Save changes?</source>
        <translation>Änderungen speichern?</translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing it?</source>
        <translation>Sollen die Änderungen an %1 vor dem Schließen gespeichert werden?</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>&amp;Liste leeren</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>%1[*] — GradLab</source>
        <translation>%1[*] — GradLab</translation>
    </message>
</context>
<context>
    <name>gradlab::FitFigure</name>
    <message>
        <source>Data and the fitted line</source>
        <translation>Daten und angepasste Gerade</translation>
    </message>
    <message>
        <source>left end of the line</source>
        <translation>linkes Ende der Geraden</translation>
    </message>
    <message>
        <source>right end of the line</source>
        <translation>rechtes Ende der Geraden</translation>
    </message>
    <message>
        <source>Loss L(w, b) as a contour map</source>
        <translation>Verlust L(w, b) als Höhenlinienkarte</translation>
    </message>
    <message>
        <source>training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>(w, b)</source>
        <translation>(w, b)</translation>
    </message>
    <message>
        <source>Loss on all the data per update</source>
        <translation>Verlust auf allen Daten je Aktualisierung</translation>
    </message>
    <message>
        <source>update</source>
        <extracomment>Axis labels: the update number (a noun), and the loss over all the data</extracomment>
        <translation>Aktualisierung</translation>
    </message>
    <message>
        <source>L (all data)</source>
        <translation>L (alle Daten)</translation>
    </message>
    <message>
        <source>Loss readouts</source>
        <translation>Verlust-Messwerte</translation>
    </message>
    <message>
        <source>full batch</source>
        <translation>voller Stapel</translation>
    </message>
    <message>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <source>mini-batches</source>
        <translation>Ministapel</translation>
    </message>
    <message>
        <source>&lt;b&gt;ŷ = w·x + b&lt;/b&gt; fitted to %1, loss L(w, b) = mean of (y − ŷ)²&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;%2, %3, batch size %4 (%5)</source>
        <translation>&lt;b&gt;ŷ = w·x + b&lt;/b&gt; angepasst an %1, Verlust L(w, b) = Mittelwert von (y − ŷ)²&amp;#160;&amp;#160;&amp;#160;&amp;#160;%2, %3, Stapelgröße %4 (%5)</translation>
    </message>
    <message>
        <source>least squares</source>
        <translation>kleinste Quadrate</translation>
    </message>
    <message>
        <source>minimum: every line through (%1, %2)</source>
        <translation>Minimum: jede Gerade durch (%1; %2)</translation>
    </message>
    <message>
        <source>Least squares (&lt;span style=&apos;color:%1&apos;&gt;✱, dashed&lt;/span&gt;): %2, L = %3</source>
        <translation>Kleinste Quadrate (&lt;span style=&apos;color:%1&apos;&gt;✱, gestrichelt&lt;/span&gt;): %2, L = %3</translation>
    </message>
    <message>
        <source>Least squares: every x is %1, so every line through (%1, %2) has the least loss L = %3 (the dashed valley on the map)</source>
        <translation>Kleinste Quadrate: jedes x ist %1, daher hat jede Gerade durch (%1; %2) den kleinsten Verlust L = %3 (das gestrichelte Tal auf der Karte)</translation>
    </message>
    <message>
        <source>&amp;nbsp;&amp;nbsp; |∇L| = %1, too short to draw on this map</source>
        <translation>&amp;#160;&amp;#160; |∇L| = %1, zu kurz, um ihn auf dieser Karte zu zeichnen</translation>
    </message>
    <message>
        <source>&amp;nbsp;&amp;nbsp; |∇L| = %1, its arrow shortened to fit the map</source>
        <translation>&amp;#160;&amp;#160; |∇L| = %1, sein Pfeil ist gekürzt, damit er auf die Karte passt</translation>
    </message>
    <message>
        <source>w = %1, b = %2, L = %3</source>
        <translation>w = %1, b = %2, L = %3</translation>
    </message>
    <message>
        <source>At w = %1, b = %2 (&lt;span style=&apos;color:%3&apos;&gt;%4&lt;/span&gt;): &lt;b&gt;L = %5&lt;/b&gt;&amp;nbsp;&amp;nbsp; &lt;span style=&apos;color:%6&apos;&gt;∂L/∂w = &lt;b&gt;%7&lt;/b&gt;&amp;nbsp;&amp;nbsp; ∂L/∂b = &lt;b&gt;%8&lt;/b&gt;&lt;/span&gt;%9&lt;br&gt;%10. &lt;span style=&apos;color:%11&apos;&gt;Red-orange&lt;/span&gt;: the residuals y − ŷ; L is the mean of their squares.&lt;br&gt;%12 &amp;nbsp;%13.</source>
        <translation>Bei w = %1, b = %2 (&lt;span style=&apos;color:%3&apos;&gt;%4&lt;/span&gt;): &lt;b&gt;L = %5&lt;/b&gt;&amp;#160;&amp;#160; &lt;span style=&apos;color:%6&apos;&gt;∂L/∂w = &lt;b&gt;%7&lt;/b&gt;&amp;#160;&amp;#160; ∂L/∂b = &lt;b&gt;%8&lt;/b&gt;&lt;/span&gt;%9&lt;br&gt;%10. &lt;span style=&apos;color:%11&apos;&gt;Rotorange&lt;/span&gt;: die Residuen y − ŷ; L ist der Mittelwert ihrer Quadrate.&lt;br&gt;%12 &amp;#160;%13.</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n Punkt</numerusform>
            <numerusform>%n Punkte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gradlab::FitLesson</name>
    <message>
        <source>%1 must be two numbers [a, b]</source>
        <translation>%1 muss aus zwei Zahlen [a, b] bestehen</translation>
    </message>
    <message>
        <source>the data need at least one point</source>
        <translation>die Daten brauchen mindestens einen Punkt</translation>
    </message>
    <message>
        <source>point %1 is not a pair of finite numbers</source>
        <translation>Punkt %1 ist kein Paar endlicher Zahlen</translation>
    </message>
    <message>
        <source>Choose the data set</source>
        <translation>Datensatz wählen</translation>
    </message>
    <message>
        <source>Move data point</source>
        <translation>Datenpunkt verschieben</translation>
    </message>
    <message>
        <source>Add data point</source>
        <translation>Datenpunkt hinzufügen</translation>
    </message>
    <message>
        <source>Remove data point</source>
        <translation>Datenpunkt entfernen</translation>
    </message>
    <message>
        <source>Import data</source>
        <translation>Daten importieren</translation>
    </message>
    <message>
        <source>Move line</source>
        <translation>Gerade verschieben</translation>
    </message>
    <message>
        <source>Change the optimizer</source>
        <translation>Optimierer ändern</translation>
    </message>
    <message>
        <source>Change the learning rate</source>
        <translation>Lernrate ändern</translation>
    </message>
    <message>
        <source>Change the optimizer settings</source>
        <translation>Optimierer-Einstellungen ändern</translation>
    </message>
    <message>
        <source>Change the learning-rate schedule</source>
        <translation>Lernratenplan ändern</translation>
    </message>
    <message>
        <source>Change the number of epochs</source>
        <translation>Epochenzahl ändern</translation>
    </message>
    <message>
        <source>Change the batch size</source>
        <translation>Stapelgröße ändern</translation>
    </message>
    <message>
        <source>Change the seed</source>
        <translation>Zufallsstartwert ändern</translation>
    </message>
    <message>
        <source>“data” must be a list of points [x, y]</source>
        <translation>„data“ muss eine Liste von Punkten [x, y] sein</translation>
    </message>
    <message>
        <source>“data” needs at least one point</source>
        <translation>„data“ braucht mindestens einen Punkt</translation>
    </message>
    <message>
        <source>“data” point %1</source>
        <translation>„data“, Punkt %1</translation>
    </message>
    <message>
        <source>“start”</source>
        <translation>„start“</translation>
    </message>
    <message>
        <source>fit-line takes no formula: its loss is the mean squared error of the line on the data</source>
        <translation>fit-line akzeptiert keine Formel: ihr Verlust ist die mittlere quadratische Abweichung der Geraden von den Daten</translation>
    </message>
    <message>
        <source>--data: %1</source>
        <translation>--data: %1</translation>
    </message>
    <message>
        <source>--optimizer takes one of %1 here</source>
        <translation>--optimizer akzeptiert hier einen von %1</translation>
    </message>
    <message>
        <source>--lr takes one rate for this lesson</source>
        <translation>--lr akzeptiert für diese Lektion nur eine Rate</translation>
    </message>
    <message>
        <source>--epochs must be from 1 to %1</source>
        <translation>--epochs muss zwischen 1 und %1 liegen</translation>
    </message>
    <message>
        <source>--batch-size must be at least 1</source>
        <translation>--batch-size muss mindestens 1 sein</translation>
    </message>
    <message numerus="yes">
        <source>the lesson holds at most %n point(s), got %1</source>
        <translation>
            <numerusform>die Lektion fasst höchstens %n Punkt, nicht %1</numerusform>
            <numerusform>die Lektion fasst höchstens %n Punkte, nicht %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“data” holds at most %n point(s), got %1</source>
        <translation>
            <numerusform>„data“ fasst höchstens %n Punkt, nicht %1</numerusform>
            <numerusform>„data“ fasst höchstens %n Punkte, nicht %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>--start needs W,B for this lesson, got %n number(s)</source>
        <translation>
            <numerusform>--start braucht für diese Lektion W,B, nicht %n Zahl</numerusform>
            <numerusform>--start braucht für diese Lektion W,B, nicht %n Zahlen</numerusform>
        </translation>
    </message>
    <message>
        <source>steps</source>
        <extracomment>What File → Export Table as CSV writes, shown in brackets after it</extracomment>
        <translation>Schritte</translation>
    </message>
</context>
<context>
    <name>gradlab::FitView</name>
    <message>
        <source>Data set</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Daten</translation>
    </message>
    <message>
        <source>Click beside the data to add a point, drag a point to move it, right-click it (or select it and press Delete) to remove it; File → Import Data… reads a CSV.</source>
        <translation>Klicken Sie neben die Daten, um einen Punkt hinzuzufügen, ziehen Sie einen Punkt, um ihn zu verschieben, klicken Sie ihn mit der rechten Maustaste an (oder wählen Sie ihn aus und drücken Sie Entf), um ihn zu entfernen; Datei → Daten importieren… liest eine CSV.</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>&amp;Learning rate</source>
        <translation>&amp;Lernrate</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>&amp;Epochs</source>
        <extracomment>Label: how many passes over all the data points</extracomment>
        <translation>Epoc&amp;hen</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Stapelgröße</translation>
    </message>
    <message>
        <source>Points per update: 1 is stochastic gradient descent (SGD), all of them is full-batch gradient descent. Each epoch shuffles the points (seeded) and cuts them into batches.</source>
        <translation>Punkte je Aktualisierung: 1 ist stochastischer Gradientenabstieg (SGD), alle ist Gradientenabstieg mit vollem Stapel. Jede Epoche mischt die Punkte (nach dem Zufallsstartwert) und teilt sie in Stapel (Batches) auf.</translation>
    </message>
    <message>
        <source>&amp;Batch size</source>
        <translation>&amp;Stapelgröße</translation>
    </message>
    <message>
        <source>Seed</source>
        <extracomment>The random seed that shuffles the mini-batches</extracomment>
        <translation>Zufallsstartwert</translation>
    </message>
    <message>
        <source>The seed of the shuffles: the same seed gives the same run.</source>
        <translation>Der Zufallsstartwert für das Mischen: derselbe Zufallsstartwert ergibt denselben Lauf.</translation>
    </message>
    <message>
        <source>See&amp;d</source>
        <translation>Zufallsstart&amp;wert</translation>
    </message>
    <message>
        <source>▶ &amp;Play</source>
        <translation>▶ Abs&amp;pielen</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <extracomment>Button (a verb): take one update of the optimizer</extracomment>
        <translation>&amp;Schritt</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <extracomment>Button: put the line back at its start and clear the run</extracomment>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Learning-rate &amp;schedule</source>
        <translation>Lernrate&amp;nplan</translation>
    </message>
    <message>
        <source>❚❚ &amp;Pause</source>
        <translation>❚❚ &amp;Pause</translation>
    </message>
    <message numerus="yes">
        <source>Your data (%n point(s))</source>
        <translation>
            <numerusform>Ihre Daten (%n Punkt)</numerusform>
            <numerusform>Ihre Daten (%n Punkte)</numerusform>
        </translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>Momentum</translation>
    </message>
    <message>
        <source>α</source>
        <translation>α</translation>
    </message>
    <message>
        <source>β₁</source>
        <translation>β₁</translation>
    </message>
    <message>
        <source>β₂</source>
        <translation>β₂</translation>
    </message>
</context>
<context>
    <name>gradlab::FormulaField</name>
    <message>
        <source>type a formula, e.g. x^3 - 6x^2 + 9x + 1</source>
        <translation>Formel eingeben, z. B. x^3 - 6x^2 + 9x + 1</translation>
    </message>
    <message>
        <source>Type a formula (x^2, 3x² − 12x, sin(x), e^x, sigmoid(w), …) and press Enter, or pick a preset</source>
        <translation>Geben Sie eine Formel ein (x^2, 3x² − 12x, sin(x), e^x, sigmoid(w), …) und drücken Sie Enter, oder wählen Sie eine Vorlage</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Formel</translation>
    </message>
    <message>
        <source>Derivative</source>
        <translation>Ableitung</translation>
    </message>
    <message>
        <source>Formula message</source>
        <translation>Formelmeldung</translation>
    </message>
    <message>
        <source>Press Enter to plot this formula</source>
        <translation>Enter drücken, um diese Formel zu zeichnen</translation>
    </message>
    <message>
        <source>%1 — still showing %2</source>
        <extracomment>%1 is why the typed formula cannot be plotted, %2 the formula the plot still shows (x³)</extracomment>
        <translation>%1 — angezeigt wird weiter %2</translation>
    </message>
</context>
<context>
    <name>gradlab::FunctionLesson</name>
    <message>
        <source>Change the function</source>
        <translation>Funktion ändern</translation>
    </message>
    <message>
        <source>--at needs one coordinate for this lesson, got %1</source>
        <translation>--at braucht für diese Lektion eine Koordinate, nicht %1</translation>
    </message>
    <message>
        <source>Move the point</source>
        <translation>Punkt verschieben</translation>
    </message>
</context>
<context>
    <name>gradlab::GraphDiagram</name>
    <message>
        <source>%1 (input)</source>
        <extracomment>A node of the computation graph: the variable the gradient is taken for, &quot;w (input)&quot;</extracomment>
        <translation>%1 (Eingabe)</translation>
    </message>
    <message>
        <source>constant %1</source>
        <extracomment>A node of the computation graph holding a number of the formula, &quot;constant 3&quot;</extracomment>
        <translation>Konstante %1</translation>
    </message>
    <message>
        <source>Computation graph</source>
        <translation>Rechengraph</translation>
    </message>
    <message>
        <source>no grad</source>
        <translation>ohne grad</translation>
    </message>
    <message>
        <source>grad —</source>
        <translation>grad —</translation>
    </message>
    <message>
        <source>grad %1</source>
        <translation>grad %1</translation>
    </message>
    <message>
        <source>grad %1 ✘</source>
        <translation>grad %1 ✘</translation>
    </message>
    <message>
        <source>value %1</source>
        <translation>Wert %1</translation>
    </message>
    <message>
        <source>This formula&apos;s graph has %1 operations, too many to draw legibly.
Try a shorter formula; the gradients below are still computed.</source>
        <translation>Der Graph dieser Formel hat %1 Operationen, zu viele, um ihn lesbar zu zeichnen.
Versuchen Sie eine kürzere Formel; die Gradienten unten werden trotzdem berechnet.</translation>
    </message>
</context>
<context>
    <name>gradlab::LearningRateFigure</name>
    <message>
        <source>Loss curve with the run</source>
        <translation>Verlustkurve mit dem Lauf</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>steps</source>
        <extracomment>Legend entry: the points the descent steps visit (a noun)</extracomment>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>The run&apos;s coordinate per step</source>
        <translation>Koordinate des Laufs je Schritt</translation>
    </message>
    <message>
        <source>Loss per step</source>
        <translation>Verlust je Schritt</translation>
    </message>
    <message>
        <source>step k</source>
        <extracomment>Axis labels: the step number k, and the loss above its minimum</extracomment>
        <translation>Schritt k</translation>
    </message>
    <message>
        <source>Final loss against learning rate</source>
        <translation>Endverlust gegen Lernrate</translation>
    </message>
    <message>
        <source>learning rate</source>
        <extracomment>Axis labels: the learning rate η, and the last loss of each run above the minimum</extracomment>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>Regime</source>
        <translation>Verhalten</translation>
    </message>
    <message>
        <source>Sweep legend</source>
        <translation>Legende der Messreihe</translation>
    </message>
    <message>
        <source>%1* = %2</source>
        <translation>%1* = %2</translation>
    </message>
    <message>
        <source>%1ₖ</source>
        <translation>%1ₖ</translation>
    </message>
    <message>
        <source>L(%1ₖ) − L(%2)</source>
        <translation>L(%1ₖ) − L(%2)</translation>
    </message>
    <message>
        <source>L(%1ₖ) − lowest L seen</source>
        <translation>L(%1ₖ) − kleinstes bisheriges L</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;%2&lt;/span&gt; &amp;nbsp; %3&lt;br&gt;%4</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;%2&lt;/span&gt; &amp;#160; %3&lt;br&gt;%4</translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <translation>%1: %2. %3</translation>
    </message>
    <message>
        <source>: this run&apos;s rates run from %1 to %2, the last %3, so it is the rate of its later updates that decides.</source>
        <translation>: die Raten dieses Laufs reichen von %1 bis %2, die letzte ist %3, also entscheidet die Rate seiner späteren Aktualisierungen.</translation>
    </message>
    <message>
        <source>With gradient noise (σ = %1) a run does not come to rest at a minimum: it keeps jittering about it, by less the smaller the rate.</source>
        <translation>Mit Gradientenrauschen (σ = %1) kommt ein Lauf in einem Minimum nicht zur Ruhe: er zittert weiter um es herum, umso weniger, je kleiner die Rate ist.</translation>
    </message>
    <message>
        <source>the %1 schedule</source>
        <translation>dem Lernratenplan „%1“</translation>
    </message>
    <message>
        <source>gradient noise σ = %1 (seed %2)</source>
        <translation>Gradientenrauschen σ = %1 (Zufallsstartwert %2)</translation>
    </message>
    <message>
        <source>, with %1 as the run above</source>
        <translation>, mit %1 wie beim Lauf oben</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Sweep running…</source>
        <translation>Messreihe läuft…</translation>
    </message>
    <message>
        <source>base learning rate</source>
        <translation>Basislernrate</translation>
    </message>
    <message>
        <source> (where it found none, from the lowest final loss of the sweep)</source>
        <translation> (wo er keines fand, vom kleinsten Endverlust der Messreihe aus)</translation>
    </message>
    <message>
        <source>%1 (sweep running…)</source>
        <translation>%1 (Messreihe läuft…)</translation>
    </message>
    <message>
        <source>final loss − L(%1*)</source>
        <translation>Endverlust − L(%1*)</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2, %n step(s)</source>
        <extracomment>the optimizer, its learning rate, and how many steps the run takes</extracomment>
        <translation>
            <numerusform>%1, %2, %n Schritt</numerusform>
            <numerusform>%1, %2, %n Schritte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each %1 is run from the same start%2 for up to %n step(s) (stopping early once |f′| falls below the tolerance); its final loss is measured from the minimum %3* that run approaches%4. Bands: %5</source>
        <translation>
            <numerusform>Jede %1 wird ab demselben Start%2 für bis zu %n Schritt getestet (mit vorzeitigem Ende, sobald |f′| unter die Toleranz fällt); der Endverlust jedes Laufs wird vom Minimum %3* aus gemessen, dem sich dieser Lauf nähert%4. Bänder: %5</numerusform>
            <numerusform>Jede %1 wird ab demselben Start%2 für bis zu %n Schritte getestet (mit vorzeitigem Ende, sobald |f′| unter die Toleranz fällt); der Endverlust jedes Laufs wird vom Minimum %3* aus gemessen, dem sich dieser Lauf nähert%4. Bänder: %5</numerusform>
        </translation>
    </message>
    <message>
        <source>L(wₖ) − Lₘᵢₙ</source>
        <translation>L(wₖ) − Lₘᵢₙ</translation>
    </message>
    <message>
        <source>final loss − Lₘᵢₙ</source>
        <translation>Endverlust − Lₘᵢₙ</translation>
    </message>
    <message>
        <source>Plain descent can settle into the minimum at %1 = %2 only with a learning rate below 2/f″(%1*) = &lt;b&gt;%3&lt;/b&gt;.</source>
        <translation>Einfacher Abstieg kann sich nur mit einer Lernrate unter 2/f″(%1*) = &lt;b&gt;%3&lt;/b&gt; im Minimum bei %1 = %2 einpendeln.</translation>
    </message>
    <message>
        <source>Plain descent can settle into the minimum at %1 = %2 only while its rate is below 2/f″(%1*) = &lt;b&gt;%3&lt;/b&gt;.</source>
        <translation>Einfacher Abstieg kann sich nur im Minimum bei %1 = %2 einpendeln, solange seine Rate unter 2/f″(%1*) = &lt;b&gt;%3&lt;/b&gt; liegt.</translation>
    </message>
    <message>
        <source>The %1 schedule changes the rate from update to update</source>
        <translation>Der Lernratenplan „%1“ ändert die Rate von Aktualisierung zu Aktualisierung</translation>
    </message>
    <message>
        <source>Above it, r = 1 − η·f″(%1*) is below −1: each step lands farther out on the other side, so the run diverges.</source>
        <extracomment>r = 1 − η·f″ below −1: each step flips the sign of the error and makes it larger</extracomment>
        <translation>Darüber ist r = 1 − η·f″(%1*) kleiner als −1: Jeder Schritt landet weiter außen auf der anderen Seite, also divergiert der Lauf.</translation>
    </message>
    <message>
        <source>With momentum μ = %4, descent can settle into the minimum at %1 = %2 only while its rate is below 2(1+μ)/f″(%1*) = &lt;b&gt;%3&lt;/b&gt;: above it the swings grow from step to step and the run diverges. That is plain descent&apos;s limit, 2/f″(%1*) = %5, times 1 + μ.</source>
        <extracomment>%4 is the momentum μ; 2(1+μ)/f″ is the heavy ball&apos;s edge on a quadratic bowl</extracomment>
        <translation>Mit Momentum μ = %4 kann der Abstieg sich nur im Minimum bei %1 = %2 einpendeln, solange seine Rate unter 2(1+μ)/f″(%1*) = &lt;b&gt;%3&lt;/b&gt; liegt: darüber wachsen die Ausschläge von Schritt zu Schritt, und der Lauf divergiert. Das ist die Grenze des einfachen Abstiegs, 2/f″(%1*) = %5, mal 1 + μ.</translation>
    </message>
    <message>
        <source>With Nesterov momentum μ = %4, descent can settle into the minimum at %1 = %2 only while its rate is below 2(1+μ)/((1+2μ)f″(%1*)) = &lt;b&gt;%3&lt;/b&gt;: above it the swings grow from step to step and the run diverges. That is plain descent&apos;s limit, 2/f″(%1*) = %5, times (1 + μ)/(1 + 2μ).</source>
        <extracomment>%4 is the momentum μ; 2(1+μ)/((1+2μ)f″) is Nesterov&apos;s edge on a quadratic bowl</extracomment>
        <translation>Mit Nesterov-Momentum μ = %4 kann der Abstieg sich nur im Minimum bei %1 = %2 einpendeln, solange seine Rate unter 2(1+μ)/((1+2μ)f″(%1*)) = &lt;b&gt;%3&lt;/b&gt; liegt: darüber wachsen die Ausschläge von Schritt zu Schritt, und der Lauf divergiert. Das ist die Grenze des einfachen Abstiegs, 2/f″(%1*) = %5, mal (1 + μ)/(1 + 2μ).</translation>
    </message>
    <message>
        <source>Newton&apos;s method divides each step by f″, so near the minimum at %1 = %2 it settles for any rate below &lt;b&gt;2&lt;/b&gt;, whatever the curvature (plain descent&apos;s limit is 2/f″(%1*) = %3).</source>
        <translation>Das Newton-Verfahren teilt jeden Schritt durch f″, daher pendelt es sich nahe dem Minimum bei %1 = %2 für jede Rate unter &lt;b&gt;2&lt;/b&gt; ein, unabhängig von der Krümmung (die Grenze des einfachen Abstiegs ist 2/f″(%1*) = %3).</translation>
    </message>
    <message>
        <source>%1 scales each step by the sizes of the gradients it has seen, so no limit on its rate follows from f″: the dashed line marks plain descent&apos;s 2/f″(%2*) = &lt;b&gt;%3&lt;/b&gt; for comparison, near the minimum at %2 = %4.</source>
        <extracomment>%1 is an optimizer&apos;s name (Adam, RMSprop, Adagrad)</extracomment>
        <translation>%1 skaliert jeden Schritt nach der Größe der bisher gesehenen Gradienten, daher folgt aus f″ keine Grenze für seine Rate: die gestrichelte Linie markiert zum Vergleich die Grenze 2/f″(%2*) = &lt;b&gt;%3&lt;/b&gt; des einfachen Abstiegs, nahe dem Minimum bei %2 = %4.</translation>
    </message>
    <message>
        <source>: this run&apos;s updates all had the rate %1 (it ended before the schedule changed it), so it is that rate that decides.</source>
        <translation>: alle Aktualisierungen dieses Laufs hatten die Rate %1 (er endete, bevor der Plan sie änderte), also entscheidet diese Rate.</translation>
    </message>
</context>
<context>
    <name>gradlab::LearningRateLesson</name>
    <message>
        <source>plain descent&apos;s %1 = %2</source>
        <translation>%1 des einfachen Abstiegs = %2</translation>
    </message>
    <message>
        <source>Newton&apos;s edge η = %1</source>
        <translation>Newton-Grenze η = %1</translation>
    </message>
    <message>
        <source>Change the map&apos;s second axis</source>
        <translation>Zweite Achse der Karte ändern</translation>
    </message>
    <message>
        <source>Change the map&apos;s colour</source>
        <translation>Farbe der Karte ändern</translation>
    </message>
    <message>
        <source>Show the stability map</source>
        <translation>Stabilitätskarte zeigen</translation>
    </message>
    <message>
        <source>Show the run and the sweep</source>
        <translation>Lauf und Messreihe zeigen</translation>
    </message>
    <message>
        <source>&quot;view&quot; must be %1 or %2, got %3</source>
        <translation>„view“ muss %1 oder %2 sein, nicht %3</translation>
    </message>
    <message>
        <source>--view must be %1 or %2 for this lesson, got &apos;%3&apos;</source>
        <translation>--view muss für diese Lektion %1 oder %2 sein, nicht „%3“</translation>
    </message>
    <message>
        <source>sweep</source>
        <extracomment>What File → Export Table as CSV writes, shown in brackets after it</extracomment>
        <translation>Messreihe</translation>
    </message>
</context>
<context>
    <name>gradlab::LearningRatePlot</name>
    <message>
        <source>Learning rate per update</source>
        <translation>Lernrate je Aktualisierung</translation>
    </message>
    <message>
        <source>to come</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>taken</source>
        <translation>erfolgt</translation>
    </message>
    <message>
        <source>update k</source>
        <translation>Aktualisierung k</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>Lernrate</translation>
    </message>
</context>
<context>
    <name>gradlab::LearningRateView</name>
    <message>
        <source>&amp;Run and sweep</source>
        <extracomment>Tab: one descent run, and the sweep over many learning rates</extracomment>
        <translation>Lauf &amp;und Messreihe</translation>
    </message>
    <message>
        <source>Stability &amp;map</source>
        <translation>Stabilitäts&amp;karte</translation>
    </message>
    <message>
        <source>Learning rate (log scale)</source>
        <translation>Lernrate (log. Skala)</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>&amp;Learning rate</source>
        <translation>&amp;Lernrate</translation>
    </message>
    <message>
        <source>Steps</source>
        <extracomment>The field for the most steps a run takes (a count)</extracomment>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>sweep %p%</source>
        <translation>Messreihe %p %</translation>
    </message>
    <message>
        <source>Base &amp;learning rate</source>
        <translation>&amp;Basislernrate</translation>
    </message>
    <message>
        <source>Base learning rate (log scale)</source>
        <translation>Basislernrate (log. Skala)</translation>
    </message>
    <message>
        <source>S&amp;teps</source>
        <translation>Sc&amp;hritte</translation>
    </message>
    <message>
        <source>T&amp;olerance</source>
        <translation>T&amp;oleranz</translation>
    </message>
</context>
<context>
    <name>gradlab::Lesson</name>
    <message>
        <source>the %1 lesson has no script</source>
        <translation>die Lektion %1 hat kein Skript</translation>
    </message>
</context>
<context>
    <name>gradlab::LessonView</name>
    <message>
        <source>Point x</source>
        <translation>Punkt x</translation>
    </message>
</context>
<context>
    <name>gradlab::MainWindow</name>
    <message>
        <source>pointer at %1 = %2, %3 = %4</source>
        <translation>Mauszeiger bei %1 = %2, %3 = %4</translation>
    </message>
    <message>
        <source>pointer at %1 = %2, height %3</source>
        <translation>Mauszeiger bei %1 = %2, Höhe %3</translation>
    </message>
    <message>
        <source>GradLab</source>
        <translation>GradLab</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lektionen</translation>
    </message>
    <message>
        <source>Show &amp;Code</source>
        <translation>&amp;Code anzeigen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>The Python (NumPy or PyTorch) script that recomputes this lesson (Ctrl+Shift+P)</source>
        <translation>Das Python-Skript (NumPy oder PyTorch), das diese Lektion nachrechnet (Strg+Umschalt+P)</translation>
    </message>
    <message>
        <source>Show Code</source>
        <translation>Code anzeigen</translation>
    </message>
    <message>
        <source>Hide Code</source>
        <translation>Code ausblenden</translation>
    </message>
    <message>
        <source>Drag to turn the surface; scroll to zoom.</source>
        <translation>Ziehen Sie, um die Fläche zu drehen; scrollen Sie zum Zoomen.</translation>
    </message>
    <message>
        <source>pointer at %1 = %2</source>
        <translation>Mauszeiger bei %1 = %2</translation>
    </message>
    <message>
        <source>Drag a point to move it; scroll to zoom, drag the background to pan.</source>
        <translation>Ziehen Sie einen Punkt, um ihn zu verschieben; scrollen Sie zum Zoomen, ziehen Sie den Hintergrund zum Verschieben.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederherstellen: %1</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Reset view</source>
        <translation>Ansicht &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Erscheinungsbild</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Wie das &amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>La&amp;nguage</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Follow the &amp;system (%1)</source>
        <translation>Wie das &amp;System (%1)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About GradLab</source>
        <translation>&amp;Über GradLab</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>&lt;table cellpadding=&apos;3&apos;&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt; / &lt;b&gt;%2&lt;/b&gt;&lt;/td&gt;&lt;td&gt;move between controls and plots&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;←&lt;/b&gt; &lt;b&gt;→&lt;/b&gt; (&lt;b&gt;↑&lt;/b&gt; &lt;b&gt;↓&lt;/b&gt; on maps)&lt;/td&gt;&lt;td&gt;move the point of the focused plot by 1% of the view&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;←&lt;/b&gt; &lt;b&gt;→&lt;/b&gt;, &lt;b&gt;%3&lt;/b&gt; with a step inspected&lt;/td&gt;&lt;td&gt;the step before, the step after; close the step inspector (lessons 7 and 9)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;%4&lt;/b&gt; + arrow&lt;/td&gt;&lt;td&gt;a step ten times smaller&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;%5&lt;/b&gt; + arrow&lt;/td&gt;&lt;td&gt;a step ten times larger&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;%6&lt;/b&gt;&lt;/td&gt;&lt;td&gt;play / pause (Animate, Play; Backward in Autograd)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;%7&lt;/b&gt;&lt;/td&gt;&lt;td&gt;export the figure (PNG, PDF, SVG)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;%8&lt;/b&gt;&lt;/td&gt;&lt;td&gt;copy the figure to the clipboard&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;%9&lt;/b&gt;&lt;/td&gt;&lt;td&gt;export the lesson&apos;s table as CSV&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;%10&lt;/b&gt; / &lt;b&gt;%11&lt;/b&gt;&lt;/td&gt;&lt;td&gt;undo / redo&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;%12&lt;/b&gt;, &lt;b&gt;%13&lt;/b&gt;, &lt;b&gt;%14&lt;/b&gt;&lt;/td&gt;&lt;td&gt;new, open, save a lesson file&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;%15&lt;/b&gt;&lt;/td&gt;&lt;td&gt;reset the view&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;%16&lt;/b&gt;&lt;/td&gt;&lt;td&gt;show or hide the lesson&apos;s Python code&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;%17&lt;/b&gt;&lt;/td&gt;&lt;td&gt;quit&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;mouse wheel, drag on the background&lt;/td&gt;&lt;td&gt;zoom, pan&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <extracomment>%1 … %17 are key names filled in by Qt in the interface&apos;s language (Tab, Shift+Tab, Esc, Shift, Ctrl, Space, Ctrl+E, Ctrl+Shift+C, Ctrl+Shift+E, Ctrl+Z, Ctrl+Shift+Z, Ctrl+N, Ctrl+O, Ctrl+S, Ctrl+0, Ctrl+Shift+P, Ctrl+Q): keep each in its row</extracomment>
        <translation>&lt;table cellpadding=&apos;3&apos;&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt; / &lt;b&gt;%2&lt;/b&gt;&lt;/td&gt;&lt;td&gt;zwischen Bedienelementen und Diagrammen wechseln&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;←&lt;/b&gt; &lt;b&gt;→&lt;/b&gt; (&lt;b&gt;↑&lt;/b&gt; &lt;b&gt;↓&lt;/b&gt; auf Karten)&lt;/td&gt;&lt;td&gt;den Punkt des fokussierten Diagramms um 1 % der Ansicht bewegen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;←&lt;/b&gt; &lt;b&gt;→&lt;/b&gt;, &lt;b&gt;%3&lt;/b&gt; bei untersuchtem Schritt&lt;/td&gt;&lt;td&gt;der Schritt davor, der Schritt danach; den Schritt-Inspektor schließen (Lektionen 7 und 9)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;%4&lt;/b&gt; + Pfeil&lt;/td&gt;&lt;td&gt;ein zehnmal kleinerer Schritt&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;%5&lt;/b&gt; + Pfeil&lt;/td&gt;&lt;td&gt;ein zehnmal größerer Schritt&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;%6&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Abspielen / Pause (Animieren, Abspielen; Rückwärts in Autograd)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;%7&lt;/b&gt;&lt;/td&gt;&lt;td&gt;die Abbildung exportieren (PNG, PDF, SVG)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;%8&lt;/b&gt;&lt;/td&gt;&lt;td&gt;die Abbildung in die Zwischenablage kopieren&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;%9&lt;/b&gt;&lt;/td&gt;&lt;td&gt;die Tabelle der Lektion als CSV exportieren&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;%10&lt;/b&gt; / &lt;b&gt;%11&lt;/b&gt;&lt;/td&gt;&lt;td&gt;rückgängig / wiederherstellen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;%12&lt;/b&gt;, &lt;b&gt;%13&lt;/b&gt;, &lt;b&gt;%14&lt;/b&gt;&lt;/td&gt;&lt;td&gt;neue Lektionsdatei, öffnen, speichern&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;%15&lt;/b&gt;&lt;/td&gt;&lt;td&gt;die Ansicht zurücksetzen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;%16&lt;/b&gt;&lt;/td&gt;&lt;td&gt;den Python-Code der Lektion zeigen oder ausblenden&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;%17&lt;/b&gt;&lt;/td&gt;&lt;td&gt;beenden&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Mausrad, Ziehen auf dem Hintergrund&lt;/td&gt;&lt;td&gt;zoomen, verschieben&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>About GradLab</source>
        <translation>Über GradLab</translation>
    </message>
    <message>
        <source>&lt;h3&gt;GradLab %1&lt;/h3&gt;&lt;p&gt;See derivatives and gradient descent: slopes, secants, tangents, gradients and optimizers, with every number computed exactly.&lt;/p&gt;&lt;p&gt;Copyright © 2026 the GradLab developers.&lt;/p&gt;&lt;p&gt;GradLab is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version. It is distributed WITHOUT ANY WARRANTY; see the GNU General Public License for details.&lt;/p&gt;&lt;p&gt;Built with Qt, QCustomPlot (GPL-3) and Eigen.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;GradLab %1&lt;/h3&gt;&lt;p&gt;Ableitungen und Gradientenabstieg sehen: Steigungen, Sekanten, Tangenten, Gradienten und Optimierer, jede Zahl exakt berechnet.&lt;/p&gt;&lt;p&gt;Copyright © 2026 die GradLab-Entwickler.&lt;/p&gt;&lt;p&gt;GradLab ist freie Software: Sie können sie unter den Bedingungen der GNU General Public License, wie von der Free Software Foundation veröffentlicht, weitergeben und/oder verändern, entweder gemäß Version 3 der Lizenz oder (nach Ihrer Wahl) jeder späteren Version. Sie wird OHNE JEDE GEWÄHRLEISTUNG verbreitet; Einzelheiten finden Sie in der GNU General Public License.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt, QCustomPlot (GPL-3) und Eigen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>Hoher &amp;Kontrast</translation>
    </message>
    <message>
        <source>&amp;Text Size</source>
        <translation>&amp;Textgröße</translation>
    </message>
    <message>
        <source>&amp;Smaller</source>
        <translation>&amp;Kleiner</translation>
    </message>
    <message>
        <source>&amp;Normal</source>
        <translation>&amp;Normal</translation>
    </message>
    <message>
        <source>&amp;Larger</source>
        <translation>&amp;Größer</translation>
    </message>
    <message>
        <source>L&amp;argest</source>
        <translation>&amp;Sehr groß</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
</context>
<context>
    <name>gradlab::NoiseBox</name>
    <message>
        <source>Gradient noise σ</source>
        <translation>Gradientenrauschen σ</translation>
    </message>
    <message>
        <source>The standard deviation of the Gaussian noise added to each gradient (0: none). Enter takes it; Up and Down step it.</source>
        <translation>Die Standardabweichung des Gaußschen Rauschens, das zu jedem Gradienten addiert wird (0: keines). Enter übernimmt den Wert; Auf und Ab ändern ihn schrittweise.</translation>
    </message>
    <message>
        <source>Noise seed</source>
        <translation>Zufallsstartwert des Rauschens</translation>
    </message>
    <message>
        <source>The noise is drawn from this seed: the same seed gives the same run.</source>
        <translation>Das Rauschen wird aus diesem Zufallsstartwert gezogen: derselbe Zufallsstartwert ergibt denselben Lauf.</translation>
    </message>
    <message>
        <source>Noise &amp;σ</source>
        <translation>Rauschen &amp;σ</translation>
    </message>
    <message>
        <source>s&amp;eed</source>
        <translation>Start&amp;wert</translation>
    </message>
    <message>
        <source>Adds Gaussian noise of standard deviation σ to each gradient; the same seed gives the same run.</source>
        <translation>Addiert jedem Gradienten Gaußsches Rauschen (Standardabweichung σ); gleicher Zufallsstartwert, gleicher Lauf.</translation>
    </message>
    <message>
        <source>%1; kept %2.</source>
        <translation>%1; %2 beibehalten.</translation>
    </message>
</context>
<context>
    <name>gradlab::NumericFigure</name>
    <message>
        <source>Curve</source>
        <translation>Kurve</translation>
    </message>
    <message>
        <source>f</source>
        <translation>f</translation>
    </message>
    <message>
        <source>point</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Error of finite differences against h</source>
        <translation>Fehler der finiten Differenzen gegen h</translation>
    </message>
    <message>
        <source>step h</source>
        <extracomment>Axis labels: the step size h of a difference quotient (a length, not an iteration), and its error</extracomment>
        <translation>Schrittweite h</translation>
    </message>
    <message>
        <source>|error| of the difference quotient</source>
        <translation>|Fehler| des Differenzenquotienten</translation>
    </message>
    <message>
        <source>∝ h (slope 1)</source>
        <translation>∝ h (Steigung 1)</translation>
    </message>
    <message>
        <source>∝ h² (slope 2)</source>
        <translation>∝ h² (Steigung 2)</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;■&lt;/span&gt; %2: </source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;■&lt;/span&gt; %2: </translation>
    </message>
    <message>
        <source>no error to measure (the quotient is undefined)</source>
        <translation>kein Fehler messbar (der Quotient ist nicht definiert)</translation>
    </message>
    <message>
        <source>no truncation error here: any h gives the exact slope up to round-off; smaller h only adds round-off</source>
        <translation>hier kein Abbruchfehler: jedes h liefert die exakte Steigung bis auf Rundungsfehler; kleineres h fügt nur Rundungsfehler hinzu</translation>
    </message>
    <message>
        <source> (smallest typical error &lt;b&gt;%1&lt;/b&gt;, for h in %2 … %3)</source>
        <translation> (kleinster typischer Fehler &lt;b&gt;%1&lt;/b&gt;, für h in %2 … %3)</translation>
    </message>
    <message>
        <source>the error does not shrink with h (slope %1): the quotient does not approach f′ here</source>
        <translation>der Fehler schrumpft nicht mit h (Steigung %1): der Quotient nähert sich hier nicht f′</translation>
    </message>
    <message>
        <source>truncation error falls with slope %1</source>
        <translation>Abbruchfehler fällt mit Steigung %1</translation>
    </message>
    <message>
        <source>; typical error &lt;b&gt;0&lt;/b&gt; (the quotient is exact to the last bit) for h in %1 … %2</source>
        <translation>; typischer Fehler &lt;b&gt;0&lt;/b&gt; (der Quotient ist bis aufs letzte Bit exakt) für h in %1 … %2</translation>
    </message>
    <message>
        <source>; best h ≈ &lt;b&gt;%1&lt;/b&gt; (band %2 … %3), typical error &lt;b&gt;%4&lt;/b&gt;</source>
        <translation>; bestes h ≈ &lt;b&gt;%1&lt;/b&gt; (Band %2 … %3), typischer Fehler &lt;b&gt;%4&lt;/b&gt;</translation>
    </message>
    <message>
        <source>At %1 = %2 the exact derivative (from the symbolic f′) %3.</source>
        <translation>Bei %1 = %2: die exakte Ableitung (aus dem symbolischen f′) %3.</translation>
    </message>
    <message>
        <source>is %1</source>
        <translation>ist %1</translation>
    </message>
    <message>
        <source> f is not defined at %1 = %2, so neither is its derivative.</source>
        <translation> f ist bei %1 = %2 nicht definiert, also auch nicht seine Ableitung.</translation>
    </message>
    <message>
        <source> There is no exact value to measure the error of the difference quotients against.</source>
        <translation> Es gibt keinen exakten Wert, an dem sich der Fehler der Differenzenquotienten messen ließe.</translation>
    </message>
    <message>
        <source> As h shrinks, truncation error falls (its slope on these axes is measured between h = 10⁻² and 10⁻³)</source>
        <translation> Wenn h kleiner wird, fällt der Abbruchfehler (seine Steigung in diesen Achsen wird zwischen h = 10⁻² und 10⁻³ gemessen)</translation>
    </message>
    <message>
        <source> all the way down: round-off in the values of f stays below it at every h shown, so the error does not rise again.</source>
        <translation> bis ganz nach unten: der Rundungsfehler in den Werten von f bleibt bei jedem gezeigten h darunter, daher steigt der Fehler nicht wieder an.</translation>
    </message>
    <message>
        <source>; at smaller h (left of the band), round-off in the values of f takes over and the error rises again.</source>
        <translation>; bei kleinerem h (links vom Band) überwiegt der Rundungsfehler in den Werten von f, und der Fehler steigt wieder an.</translation>
    </message>
    <message>
        <source>; for %1, at smaller h (left of the band), round-off in the values of f takes over and the error rises again.</source>
        <translation>; für %1 überwiegt bei kleinerem h (links vom Band) der Rundungsfehler in den Werten von f, und der Fehler steigt wieder an.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source> No scheme has a truncation error here: what remains is round-off in the values of f, and it grows as h shrinks.</source>
        <translation> Kein Verfahren hat hier einen Abbruchfehler: was bleibt, ist der Rundungsfehler in den Werten von f, und er wächst, wenn h kleiner wird.</translation>
    </message>
    <message>
        <source>forward</source>
        <translation>vorwärts</translation>
    </message>
    <message>
        <source>backward</source>
        <translation>rückwärts</translation>
    </message>
    <message>
        <source>central</source>
        <translation>zentral</translation>
    </message>
    <message>
        <source> Typical error at h: the median |error| from h/√10 to h·√10 (half a decade either side), what a repeat measurement near that h finds. Best h: where it is smallest; the band: the h around best h where it stays within 2× of that smallest value (so the band need not be centred on best h).</source>
        <translation> Typischer Fehler bei h: der Median von |Fehler| von h/√10 bis h·√10 (eine halbe Dekade zu jeder Seite), also das, was eine wiederholte Messung nahe diesem h ergibt. Bestes h: wo er am kleinsten ist; das Band: die h um das beste h, bei denen er innerhalb des 2-Fachen dieses kleinsten Werts bleibt (daher muss das Band nicht um das beste h zentriert sein).</translation>
    </message>
</context>
<context>
    <name>gradlab::NumericView</name>
    <message>
        <source>&amp;Point at</source>
        <translation>&amp;Punkt bei</translation>
    </message>
</context>
<context>
    <name>gradlab::OptimizerBox</name>
    <message>
        <source>Optimizer</source>
        <translation>Optimierer</translation>
    </message>
</context>
<context>
    <name>gradlab::PointFields</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>gradlab::PresetListModel</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Type it as %1</source>
        <translation>Als %1 eingeben</translation>
    </message>
</context>
<context>
    <name>gradlab::RaceFigure</name>
    <message>
        <source>Contour map with the optimizers&apos; paths</source>
        <translation>Höhenlinienkarte mit den Pfaden der Optimierer</translation>
    </message>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>|∇f|</source>
        <translation>|∇f|</translation>
    </message>
    <message>
        <source>start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>f − f*,  f* %1 %2</source>
        <translation>f − f*,  f* %1 %2</translation>
    </message>
    <message>
        <source>f − best seen</source>
        <translation>f − bisher bester Wert</translation>
    </message>
    <message>
        <source>base lr</source>
        <translation>Basislernrate</translation>
    </message>
    <message>
        <source>lr</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>the %1 schedule</source>
        <translation>dem Lernratenplan „%1“</translation>
    </message>
    <message>
        <source>gradient noise σ = %1 (seed %2)</source>
        <translation>Gradientenrauschen σ = %1 (Zufallsstartwert %2)</translation>
    </message>
    <message>
        <source>Every optimizer runs with %1.</source>
        <translation>Jeder Optimierer läuft mit %1.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <translation>%1, %2 %3</translation>
    </message>
    <message>
        <source>f = %1 at %2</source>
        <translation>f = %1 bei %2</translation>
    </message>
    <message>
        <source>f − fₘᵢₙ</source>
        <translation>f − fₘᵢₙ</translation>
    </message>
</context>
<context>
    <name>gradlab::RaceLesson</name>
    <message>
        <source>Show the optimizer state</source>
        <translation>Optimiererzustand zeigen</translation>
    </message>
    <message>
        <source>Hide the optimizer state</source>
        <translation>Optimiererzustand ausblenden</translation>
    </message>
    <message>
        <source>Change the optimizer settings</source>
        <translation>Optimierer-Einstellungen ändern</translation>
    </message>
    <message>
        <source>Change the number of steps</source>
        <translation>Schrittzahl ändern</translation>
    </message>
    <message>
        <source>Change the learning-rate schedule</source>
        <translation>Lernratenplan ändern</translation>
    </message>
    <message>
        <source>Change the gradient noise</source>
        <translation>Gradientenrauschen ändern</translation>
    </message>
    <message>
        <source>Change the noise seed</source>
        <translation>Zufallsstartwert des Rauschens ändern</translation>
    </message>
    <message>
        <source>Change the speed</source>
        <translation>Tempo ändern</translation>
    </message>
    <message>
        <source>&quot;secondRate&quot; must be 0 (none) or a positive number, got %1</source>
        <translation>„secondRate“ muss 0 (keine) oder eine positive Zahl sein, nicht %1</translation>
    </message>
    <message>
        <source>--start needs two coordinates for this lesson (A,B), got %1</source>
        <translation>--start braucht für diese Lektion zwei Koordinaten (A,B), nicht %1</translation>
    </message>
    <message>
        <source>--optimizer: unknown optimizer &apos;%1&apos; (choose one of %2)</source>
        <translation>--optimizer: unbekannter Optimierer „%1“ (wählen Sie einen von %2)</translation>
    </message>
    <message>
        <source>--optimizer: &apos;%1&apos; is listed more than twice (an optimizer races itself at most once, at a second learning rate)</source>
        <translation>--optimizer: „%1“ steht mehr als zweimal in der Liste (ein Optimierer tritt höchstens einmal gegen sich selbst an, mit einer zweiten Lernrate)</translation>
    </message>
    <message>
        <source>--lr takes one rate for all optimizers or one per optimizer (%1), got %2</source>
        <translation>--lr akzeptiert eine Rate für alle Optimierer oder eine je Optimierer (%1), nicht %2</translation>
    </message>
    <message>
        <source>Map another optimizer</source>
        <translation>Anderen Optimierer auf der Karte zeigen</translation>
    </message>
    <message>
        <source>Change the map&apos;s second axis</source>
        <translation>Zweite Achse der Karte ändern</translation>
    </message>
    <message>
        <source>Change the map&apos;s colour</source>
        <translation>Farbe der Karte ändern</translation>
    </message>
    <message>
        <source>Show the stability map</source>
        <translation>Stabilitätskarte zeigen</translation>
    </message>
    <message>
        <source>Show the race</source>
        <translation>Rennen zeigen</translation>
    </message>
    <message>
        <source>&quot;view&quot; must be race or map, got %1</source>
        <translation>„view“ muss race oder map sein, nicht %1</translation>
    </message>
    <message>
        <source>--view must be race or map for this lesson, got &apos;%1&apos;</source>
        <translation>--view muss für diese Lektion race oder map sein, nicht „%1“</translation>
    </message>
    <message>
        <source>trajectories</source>
        <extracomment>What File → Export Table as CSV writes, shown in brackets after it</extracomment>
        <translation>Bahnen</translation>
    </message>
</context>
<context>
    <name>gradlab::RaceTuner</name>
    <message>
        <source>Tune the learning rates</source>
        <translation>Lernraten abstimmen</translation>
    </message>
    <message>
        <source>%1: every rate diverged, η = %2 kept</source>
        <translation>%1: jede Rate divergierte, η = %2 beibehalten</translation>
    </message>
    <message>
        <source>%1: η = %2 (final loss %3)</source>
        <translation>%1: η = %2 (Endverlust %3)</translation>
    </message>
    <message>
        <source>the best final loss among the rates that converged and whose next larger rate did not diverge</source>
        <translation>der beste Endverlust unter den Raten, die konvergierten und deren nächstgrößere Rate nicht divergierte</translation>
    </message>
    <message>
        <source>no rate had a next larger rate that did not diverge, so this is only the best final loss of the runs that did not diverge: it may sit at the edge of divergence</source>
        <translation>keine Rate hatte eine nächstgrößere Rate, die nicht divergierte, daher ist dies nur der beste Endverlust der Läufe, die nicht divergierten: er kann am Rand der Divergenz liegen</translation>
    </message>
    <message>
        <source>, one grid step below the first rate that diverged (%1)</source>
        <translation>, einen Gitterschritt unter der ersten Rate, die divergierte (%1)</translation>
    </message>
    <message>
        <source>, %1 grid steps below the first rate that diverged (%2)</source>
        <translation>, %1 Gitterschritte unter der ersten Rate, die divergierte (%2)</translation>
    </message>
    <message>
        <source>, and no larger rate tried diverged</source>
        <translation>, und keine größere getestete Rate divergierte</translation>
    </message>
    <message numerus="yes">
        <source>η = %1 converged in %n step(s) but was left out, as no larger rate vouches for it (the next one diverged or was not tried); this is the best final loss among the rates that did not diverge and whose next larger rate did not diverge either</source>
        <translation>
            <numerusform>η = %1 konvergierte in %n Schritt, wurde aber ausgelassen, da keine größere Rate für sie bürgt (die nächste divergierte oder wurde nicht getestet); dies ist der beste Endverlust unter den Raten, die nicht divergierten und deren nächstgrößere Rate ebenfalls nicht divergierte</numerusform>
            <numerusform>η = %1 konvergierte in %n Schritten, wurde aber ausgelassen, da keine größere Rate für sie bürgt (die nächste divergierte oder wurde nicht getestet); dies ist der beste Endverlust unter den Raten, die nicht divergierten und deren nächstgrößere Rate ebenfalls nicht divergierte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no rate converged in %n step(s); the best final loss among the rates that did not diverge and whose next larger rate did not diverge either</source>
        <translation>
            <numerusform>keine Rate konvergierte in %n Schritt; der beste Endverlust unter den Raten, die nicht divergierten und deren nächstgrößere Rate ebenfalls nicht divergierte</numerusform>
            <numerusform>keine Rate konvergierte in %n Schritten; der beste Endverlust unter den Raten, die nicht divergierten und deren nächstgrößere Rate ebenfalls nicht divergierte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gradlab::RaceView</name>
    <message>
        <source>optimizer</source>
        <extracomment>Column titles of the optimizers&apos; table: a translation may break a long title onto two lines (
)</extracomment>
        <translation>Optimierer</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>2nd run&apos;s rate</source>
        <translation>Rate des 2. Laufs</translation>
    </message>
    <message>
        <source>momentum / β₁ / α</source>
        <translation>Momentum / β₁ / α</translation>
    </message>
    <message>
        <source>β₂</source>
        <translation>β₂</translation>
    </message>
    <message>
        <source>Type a second learning rate to race this optimizer against itself (dashed); clear it to remove the second run.</source>
        <translation>Geben Sie eine zweite Lernrate ein, um diesen Optimierer gegen sich selbst antreten zu lassen (gestrichelt); leeren Sie das Feld, um den zweiten Lauf zu entfernen.</translation>
    </message>
    <message>
        <source>Optimizers and their hyperparameters</source>
        <translation>Optimierer und ihre Hyperparameter</translation>
    </message>
    <message>
        <source>▶ &amp;Play</source>
        <translation>▶ Abs&amp;pielen</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <extracomment>Button (a verb): move every optimizer one step</extracomment>
        <translation>&amp;Schritt</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <extracomment>Button: put every optimizer back at the start point</extracomment>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Speed (steps per frame)</source>
        <translation>Tempo (Schritte pro Bild)</translation>
    </message>
    <message>
        <source>Speed</source>
        <extracomment>Label of the animation speed (steps per second while playing)</extracomment>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Sho&amp;w optimizer state</source>
        <translation>Optimiererzus&amp;tand zeigen</translation>
    </message>
    <message>
        <source>Draw each optimizer&apos;s state at its steps: the velocity, Adam&apos;s smoothed gradient against the raw gradient, and the update each adaptive step took per coordinate</source>
        <translation>Den Zustand jedes Optimierers bei seinen Schritten zeichnen: die Geschwindigkeit, Adams geglätteten Gradienten gegenüber dem rohen Gradienten und die Aktualisierung, die jeder adaptive Schritt je Koordinate ausgeführt hat</translation>
    </message>
    <message>
        <source>T&amp;une</source>
        <extracomment>Button: choose a learning rate for each optimizer (tuning a hyperparameter)</extracomment>
        <translation>&amp;Abstimmen</translation>
    </message>
    <message>
        <source>Give each optimizer a learning rate for this function, start and number of steps (%1 rates from %2 to %3): the lowest final loss among the rates that converged and whose next larger rate did not diverge, so that the pick keeps a margin from divergence; a diverging run never wins. Second runs keep their rates.</source>
        <translation>Jedem Optimierer eine Lernrate für diese Funktion, diesen Start und diese Schrittzahl geben (%1 Raten von %2 bis %3): der niedrigste Endverlust unter den Raten, die konvergierten und deren nächstgrößere Rate nicht divergierte, damit die Wahl Abstand zur Divergenz hält; ein divergierender Lauf gewinnt nie. Zweite Läufe behalten ihre Raten.</translation>
    </message>
    <message>
        <source>Start:</source>
        <extracomment>Label of the start point&apos;s x and y fields (a noun), not &quot;begin&quot;</extracomment>
        <translation>Start:</translation>
    </message>
    <message>
        <source>Click the map, drag the orange point or type the start.</source>
        <translation>Klicken Sie in die Karte, ziehen Sie den orangen Punkt oder geben Sie den Start ein.</translation>
    </message>
    <message>
        <source>× base rate</source>
        <translation>× Basisrate</translation>
    </message>
    <message>
        <source>❚❚ &amp;Pause</source>
        <translation>❚❚ &amp;Pause</translation>
    </message>
    <message>
        <source>Tuning…</source>
        <translation>Abstimmen…</translation>
    </message>
    <message>
        <source>Tuning: sweeping each optimizer over %1 learning rates… %2% done</source>
        <translation>Abstimmen: jeder Optimierer wird mit %1 Lernraten erprobt… %2 % erledigt</translation>
    </message>
    <message>
        <source>%1, second rate</source>
        <translation>%1, zweite Rate</translation>
    </message>
    <message>
        <source>base learning rate</source>
        <translation>Basislernrate</translation>
    </message>
    <message>
        <source>Optimizer on the map</source>
        <translation>Optimierer auf der Karte</translation>
    </message>
    <message>
        <source>Which of the racing optimizers the map shows</source>
        <translation>Welchen der Optimierer im Rennen die Karte zeigt</translation>
    </message>
    <message>
        <source>&amp;Optimizer</source>
        <translation>&amp;Optimierer</translation>
    </message>
    <message>
        <source>R&amp;ace</source>
        <translation>&amp;Rennen</translation>
    </message>
    <message>
        <source>Stability &amp;map</source>
        <translation>Stabilitäts&amp;karte</translation>
    </message>
    <message numerus="yes">
        <source>Tuned for this function, start and %n step(s) over %1 rates from %2 to %3. %4.</source>
        <translation>
            <numerusform>Abgestimmt für diese Funktion, diesen Start und %n Schritt über %1 Raten von %2 bis %3. %4.</numerusform>
            <numerusform>Abgestimmt für diese Funktion, diesen Start und %n Schritte über %1 Raten von %2 bis %3. %4.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gradlab::ScheduleBox</name>
    <message>
        <source>Step size</source>
        <extracomment>StepLR&apos;s step_size: how many updates between two multiplications of the rate</extracomment>
        <translation>Intervall</translation>
    </message>
    <message>
        <source>γ</source>
        <translation>γ</translation>
    </message>
    <message>
        <source>T_max</source>
        <translation>T_max</translation>
    </message>
    <message>
        <source>T_max with warm-up</source>
        <extracomment>T_max of the warm-up + cosine schedule: it counts the warm-up&apos;s updates too</extracomment>
        <translation>T_max mit Aufwärmen</translation>
    </message>
    <message>
        <source>t-max: the updates the warm-up and the cosine take together, until the rate reaches η_min (torch&apos;s CosineAnnealingLR is given T_max − warm-up)</source>
        <translation>t-max: die Aktualisierungen von Aufwärmen und Kosinus zusammen, bis die Rate η_min erreicht (torchs CosineAnnealingLR erhält T_max − Aufwärmen)</translation>
    </message>
    <message>
        <source>η_min</source>
        <translation>η_min</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>Aufwärmen</translation>
    </message>
    <message>
        <source>Start factor</source>
        <extracomment>LinearLR&apos;s start_factor: the warm-up starts at this multiple of the learning rate</extracomment>
        <translation>Startfaktor</translation>
    </message>
    <message>
        <source>Learning-rate schedule</source>
        <translation>Lernratenplan</translation>
    </message>
    <message>
        <source>How the learning rate changes from update to update, as torch.optim.lr_scheduler does with scheduler.step() after each optimizer.step()</source>
        <translation>Wie sich die Lernrate von Aktualisierung zu Aktualisierung ändert, so wie torch.optim.lr_scheduler mit scheduler.step() nach jedem optimizer.step()</translation>
    </message>
    <message>
        <source>step-size: the rate is multiplied by γ every this many updates (a whole number, at least 1)</source>
        <translation>step-size: die Rate wird alle so viele Aktualisierungen mit γ multipliziert (eine ganze Zahl, mindestens 1)</translation>
    </message>
    <message>
        <source>gamma: the factor the rate is multiplied by (greater than 0, at most 1)</source>
        <translation>gamma: der Faktor, mit dem die Rate multipliziert wird (größer als 0, höchstens 1)</translation>
    </message>
    <message>
        <source>t-max: the updates the cosine takes to fall from the base rate to η_min (a whole number)</source>
        <translation>t-max: die Aktualisierungen, die der Kosinus braucht, um von der Basisrate auf η_min zu fallen (eine ganze Zahl)</translation>
    </message>
    <message>
        <source>eta-min: the lowest rate the cosine reaches (0 or more)</source>
        <translation>eta-min: die kleinste Rate, die der Kosinus erreicht (0 oder mehr)</translation>
    </message>
    <message>
        <source>warmup: the updates of linear warm-up before the cosine (at least 1, less than T_max)</source>
        <translation>warmup: die Aktualisierungen des linearen Aufwärmens vor dem Kosinus (mindestens 1, weniger als T_max)</translation>
    </message>
    <message>
        <source>start-factor: the first update&apos;s rate is this × the base rate (greater than 0, at most 1)</source>
        <translation>start-factor: die Rate der ersten Aktualisierung ist dieser Wert × die Basisrate (größer als 0, höchstens 1)</translation>
    </message>
    <message>
        <source>updates</source>
        <translation>Aktualisierungen</translation>
    </message>
    <message>
        <source>Every update uses the learning rate.</source>
        <translation>Jede Aktualisierung verwendet die Lernrate.</translation>
    </message>
    <message>
        <source>The rate is multiplied by %1 after every update (torch: ExponentialLR).</source>
        <translation>Die Rate wird nach jeder Aktualisierung mit %1 multipliziert (torch: ExponentialLR).</translation>
    </message>
    <message>
        <source>%1 must be a whole number, got %2</source>
        <translation>%1 muss eine ganze Zahl sein, nicht %2</translation>
    </message>
    <message>
        <source>%1; kept %2.</source>
        <translation>%1; %2 beibehalten.</translation>
    </message>
    <message numerus="yes">
        <source>The rate is multiplied by %1 every %n update(s) (torch: StepLR).</source>
        <translation>
            <numerusform>Die Rate wird jeweils nach %n Aktualisierung mit %1 multipliziert (torch: StepLR).</numerusform>
            <numerusform>Die Rate wird jeweils nach %n Aktualisierungen mit %1 multipliziert (torch: StepLR).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The rate falls along half a cosine from the learning rate to %1 over %n update(s), then climbs back and falls again if the run goes on (torch: CosineAnnealingLR).</source>
        <translation>
            <numerusform>Die Rate fällt über %n Aktualisierung entlang einer halben Kosinuskurve von der Lernrate auf %1, steigt dann wieder an und fällt erneut, wenn der Lauf weitergeht (torch: CosineAnnealingLR).</numerusform>
            <numerusform>Die Rate fällt über %n Aktualisierungen entlang einer halben Kosinuskurve von der Lernrate auf %1, steigt dann wieder an und fällt erneut, wenn der Lauf weitergeht (torch: CosineAnnealingLR).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The rate climbs in a straight line from %1 × the learning rate over %n update(s), then falls along a cosine to %2 by update %3, and climbs back if the run goes on (torch: LinearLR, then CosineAnnealingLR).</source>
        <translation>
            <numerusform>Die Rate steigt über %n Aktualisierung linear von %1 × der Lernrate an, fällt dann entlang einer Kosinuskurve bis Aktualisierung %3 auf %2 und steigt wieder an, wenn der Lauf weitergeht (torch: LinearLR, dann CosineAnnealingLR).</numerusform>
            <numerusform>Die Rate steigt über %n Aktualisierungen linear von %1 × der Lernrate an, fällt dann entlang einer Kosinuskurve bis Aktualisierung %3 auf %2 und steigt wieder an, wenn der Lauf weitergeht (torch: LinearLR, dann CosineAnnealingLR).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gradlab::SchedulePanel</name>
    <message>
        <source>Schedule &amp;&amp; noise</source>
        <translation>Plan und Rauschen</translation>
    </message>
    <message>
        <source>Learning-rate schedule and gradient noise</source>
        <translation>Lernratenplan und Gradientenrauschen</translation>
    </message>
</context>
<context>
    <name>gradlab::SecantFigure</name>
    <message>
        <source>Secant and tangent</source>
        <translation>Sekante und Tangente</translation>
    </message>
    <message>
        <source>f</source>
        <translation>f</translation>
    </message>
    <message>
        <source>x − Δx</source>
        <translation>x − Δx</translation>
    </message>
    <message>
        <source>x + Δx</source>
        <translation>x + Δx</translation>
    </message>
    <message>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <source>Slopes</source>
        <translation>Steigungen</translation>
    </message>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <source>f(a+h)</source>
        <translation>f(a+h)</translation>
    </message>
    <message>
        <source>Δy</source>
        <translation>Δy</translation>
    </message>
    <message>
        <source>Δy / run</source>
        <translation>Δy / Δx</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Limit table</source>
        <translation>Grenzwerttabelle</translation>
    </message>
    <message>
        <source>&lt;b&gt;The limit table&lt;/b&gt;: as h shrinks, Δy/run approaches f′(a)</source>
        <translation>&lt;b&gt;Die Grenzwerttabelle&lt;/b&gt;: wenn h kleiner wird, nähert sich Δy/Δx dem Wert f′(a)</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;left secant slope &lt;b&gt;%2&lt;/b&gt;&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;color:%3&apos;&gt;right secant slope &lt;b&gt;%4&lt;/b&gt;&lt;/span&gt; &amp;nbsp; Δ%5 = &lt;b&gt;%6&lt;/b&gt;</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;linke Sekantensteigung &lt;b&gt;%2&lt;/b&gt;&lt;/span&gt; &amp;#160; &lt;span style=&apos;color:%3&apos;&gt;rechte Sekantensteigung &lt;b&gt;%4&lt;/b&gt;&lt;/span&gt; &amp;#160; Δ%5 = &lt;b&gt;%6&lt;/b&gt;</translation>
    </message>
    <message>
        <source>f has a corner at %1 = %2: the slopes from the left and from the right do not agree however small Δ%1 gets, so f′(%2) does not exist.</source>
        <translation>f hat bei %1 = %2 einen Knick: die Steigungen von links und von rechts stimmen nicht überein, wie klein Δ%1 auch wird, daher existiert f′(%2) nicht.</translation>
    </message>
    <message>
        <source> The central quotient (f(%1+h) − f(%1−h))/2h gives 0 here by symmetry: f changes by the same amount on both sides, so the rise cancels. That 0 is not a derivative.</source>
        <translation> Der zentrale Quotient (f(%1+h) − f(%1−h))/2h ergibt hier aus Symmetriegründen 0: f ändert sich auf beiden Seiten um denselben Betrag, daher hebt sich der Anstieg auf. Diese 0 ist keine Ableitung.</translation>
    </message>
    <message>
        <source> The central quotient averages the two one-sided slopes (here %1): that average is not a derivative.</source>
        <translation> Der zentrale Quotient mittelt die beiden einseitigen Steigungen (hier %1): dieser Mittelwert ist keine Ableitung.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;secant slope %2&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;color:%3&apos;&gt;tangent slope %4&lt;/span&gt; &amp;nbsp; difference %5 &amp;nbsp; Δ%6 = &lt;b&gt;%7&lt;/b&gt;</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;Sekantensteigung %2&lt;/span&gt; &amp;#160; &lt;span style=&apos;color:%3&apos;&gt;Tangentensteigung %4&lt;/span&gt; &amp;#160; Differenz %5 &amp;#160; Δ%6 = &lt;b&gt;%7&lt;/b&gt;</translation>
    </message>
    <message>
        <source>f is not defined at %1 = %2, so neither is f′: a slope exists only where f does.</source>
        <translation>f ist bei %1 = %2 nicht definiert, also auch nicht f′: eine Steigung gibt es nur, wo es f gibt.</translation>
    </message>
    <message>
        <source>The tangent at %1 = %2 is vertical: f′ grows without bound, so no number is its slope.</source>
        <translation>Die Tangente bei %1 = %2 ist senkrecht: f′ wächst über alle Grenzen, daher ist keine Zahl ihre Steigung.</translation>
    </message>
    <message>
        <source>f′ is not defined at this point.</source>
        <translation>f′ ist an dieser Stelle nicht definiert.</translation>
    </message>
    <message>
        <source>secant slope %1, tangent slope %2</source>
        <translation>Sekantensteigung %1, Tangentensteigung %2</translation>
    </message>
    <message>
        <source>secant over Δx = %1 has slope %2; the tangent at %3 = %4 has slope %5</source>
        <translation>die Sekante über Δx = %1 hat die Steigung %2; die Tangente bei %3 = %4 hat die Steigung %5</translation>
    </message>
    <message>
        <source>f′(a) is not defined here: there is no error to shrink.</source>
        <translation>f′(a) ist hier nicht definiert: es gibt keinen Fehler, der schrumpfen könnte.</translation>
    </message>
    <message>
        <source>Here this quotient has no truncation error: what is left is round-off, which grows as h shrinks.</source>
        <translation>Hier hat dieser Quotient keinen Abbruchfehler: was bleibt, ist der Rundungsfehler, der wächst, wenn h kleiner wird.</translation>
    </message>
    <message>
        <source>Here the error does not shrink with h: the quotient does not approach f′(a).</source>
        <translation>Hier schrumpft der Fehler nicht mit h: der Quotient nähert sich nicht f′(a).</translation>
    </message>
    <message>
        <source>a = %1, f(a) = %2, exact f′(a) %3. Error = %5 − f′(a). %4</source>
        <extracomment>%5 is the difference quotient, as the table&apos;s column names it (&quot;Δy / h&quot;, &quot;Δy / 2h&quot;)</extracomment>
        <translation>a = %1, f(a) = %2, exaktes f′(a) %3. Fehler = %5 − f′(a). %4</translation>
    </message>
    <message>
        <source>f(a−h)</source>
        <translation>f(a−h)</translation>
    </message>
    <message>
        <source>Δy / 2h</source>
        <translation>Δy / 2h</translation>
    </message>
    <message>
        <source>Δy / h</source>
        <translation>Δy / h</translation>
    </message>
    <message>
        <source>Computed error %1: smaller than the round-off of this quotient (about %2), so it cannot be told from 0.</source>
        <translation>Berechneter Fehler %1: kleiner als der Rundungsfehler dieses Quotienten (etwa %2), daher nicht von 0 zu unterscheiden.</translation>
    </message>
    <message>
        <source>Here the error shrinks like h&lt;sup&gt;%1&lt;/sup&gt; (measured between h = %2 and %3).</source>
        <translation>Hier schrumpft der Fehler wie h&lt;sup&gt;%1&lt;/sup&gt; (gemessen zwischen h = %2 und %3).</translation>
    </message>
</context>
<context>
    <name>gradlab::SecantLesson</name>
    <message>
        <source>Change Δx</source>
        <translation>Δx ändern</translation>
    </message>
    <message>
        <source>Change the difference scheme</source>
        <translation>Differenzenverfahren ändern</translation>
    </message>
    <message>
        <source>&quot;dx&quot; must be from %1 to %2, got %3</source>
        <translation>„dx“ muss zwischen %1 und %2 liegen, nicht %3</translation>
    </message>
    <message>
        <source>&quot;scheme&quot; must be forward, backward or central, got &quot;%1&quot;</source>
        <translation>„scheme“ muss forward, backward oder central sein, nicht „%1“</translation>
    </message>
    <message>
        <source>--h must be between %1 and %2</source>
        <translation>--h muss zwischen %1 und %2 liegen</translation>
    </message>
    <message>
        <source>--scheme must be forward, backward or central, got &apos;%1&apos;</source>
        <translation>--scheme muss forward, backward oder central sein, nicht „%1“</translation>
    </message>
    <message>
        <source>Animate Δx toward 0</source>
        <translation>Δx gegen 0 animieren</translation>
    </message>
    <message>
        <source>limit table</source>
        <extracomment>What File → Export Table as CSV writes, shown in brackets after it</extracomment>
        <translation>Grenzwerttabelle</translation>
    </message>
</context>
<context>
    <name>gradlab::SecantView</name>
    <message>
        <source>Δx</source>
        <translation>Δx</translation>
    </message>
    <message>
        <source>Δx (log scale)</source>
        <translation>Δx (log. Skala)</translation>
    </message>
    <message>
        <source>Δx on a log scale, from 0.000001 to 2</source>
        <translation>Δx auf logarithmischer Skala, von 0.000001 bis 2</translation>
    </message>
    <message>
        <source>Δ&amp;x</source>
        <translation>Δ&amp;x</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <extracomment>The three difference quotients: forward, backward and central difference</extracomment>
        <translation>&amp;Vorwärts</translation>
    </message>
    <message>
        <source>&amp;Backward</source>
        <translation>&amp;Rückwärts</translation>
    </message>
    <message>
        <source>&amp;Central</source>
        <translation>&amp;Zentral</translation>
    </message>
    <message>
        <source>(f(x+Δx) − f(x)) / Δx</source>
        <translation>(f(x+Δx) − f(x)) / Δx</translation>
    </message>
    <message>
        <source>(f(x) − f(x−Δx)) / Δx</source>
        <translation>(f(x) − f(x−Δx)) / Δx</translation>
    </message>
    <message>
        <source>(f(x+Δx) − f(x−Δx)) / 2Δx</source>
        <translation>(f(x+Δx) − f(x−Δx)) / 2Δx</translation>
    </message>
    <message>
        <source>▶ &amp;Animate</source>
        <translation>▶ &amp;Animieren</translation>
    </message>
    <message>
        <source>Shrink Δx toward 0 and watch the secant turn into the tangent (Space)</source>
        <translation>Δx gegen 0 verkleinern und zusehen, wie die Sekante zur Tangente wird (Leertaste)</translation>
    </message>
    <message>
        <source>Poi&amp;nt a</source>
        <translation>Pu&amp;nkt a</translation>
    </message>
    <message>
        <source>❚❚ &amp;Pause</source>
        <translation>❚❚ &amp;Pause</translation>
    </message>
    <message>
        <source>Animate Δx toward 0</source>
        <translation>Δx gegen 0 animieren</translation>
    </message>
</context>
<context>
    <name>gradlab::SlopeFigure</name>
    <message>
        <source>Curve with tangent</source>
        <translation>Kurve mit Tangente</translation>
    </message>
    <message>
        <source>f</source>
        <translation>f</translation>
    </message>
    <message>
        <source>point</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Derivative</source>
        <translation>Ableitung</translation>
    </message>
    <message>
        <source>f′</source>
        <translation>f′</translation>
    </message>
    <message>
        <source>Readouts</source>
        <translation>Messwerte</translation>
    </message>
    <message>
        <source>What the slope means</source>
        <translation>Was die Steigung bedeutet</translation>
    </message>
    <message>
        <source>Rising: the slope is positive, so increasing %1 increases f.</source>
        <translation>Steigend: die Steigung ist positiv, also wächst f, wenn %1 wächst.</translation>
    </message>
    <message>
        <source>Falling: the slope is negative, so increasing %1 decreases f.</source>
        <translation>Fallend: die Steigung ist negativ, also fällt f, wenn %1 wächst.</translation>
    </message>
    <message>
        <source>Flat: the slope is 0, and the curve bends upward here (f″ &gt; 0): a minimum.</source>
        <translation>Flach: die Steigung ist 0, und die Kurve ist hier nach oben gekrümmt (f″ &gt; 0): ein Minimum.</translation>
    </message>
    <message>
        <source>Flat: the slope is 0, and f′ goes from negative to positive here: a minimum.</source>
        <translation>Flach: die Steigung ist 0, und f′ wechselt hier von negativ zu positiv: ein Minimum.</translation>
    </message>
    <message>
        <source>Flat: the slope is 0, and the curve bends downward here (f″ &lt; 0): a maximum.</source>
        <translation>Flach: die Steigung ist 0, und die Kurve ist hier nach unten gekrümmt (f″ &lt; 0): ein Maximum.</translation>
    </message>
    <message>
        <source>Flat: the slope is 0, and f′ goes from positive to negative here: a maximum.</source>
        <translation>Flach: die Steigung ist 0, und f′ wechselt hier von positiv zu negativ: ein Maximum.</translation>
    </message>
    <message>
        <source>Flat: the slope is 0, but f keeps going the same way on both sides: neither a minimum nor a maximum.</source>
        <translation>Flach: die Steigung ist 0, aber f verläuft auf beiden Seiten in dieselbe Richtung: weder ein Minimum noch ein Maximum.</translation>
    </message>
    <message>
        <source>Flat: f is constant here, flat everywhere around this point: every point of a constant is both a minimum and a maximum.</source>
        <translation>Flach: f ist hier konstant, überall um diesen Punkt flach: jeder Punkt einer Konstanten ist zugleich Minimum und Maximum.</translation>
    </message>
    <message>
        <source>f is not defined at %1 = %2, so neither is its slope: f′ exists only where f does.</source>
        <translation>f ist bei %1 = %2 nicht definiert, also auch nicht seine Steigung: f′ gibt es nur, wo es f gibt.</translation>
    </message>
    <message>
        <source>The tangent is vertical here: f′ grows without bound, so no number is the slope.</source>
        <translation>Die Tangente ist hier senkrecht: f′ wächst über alle Grenzen, daher ist keine Zahl die Steigung.</translation>
    </message>
    <message>
        <source>f or its slope is too large for a double here.</source>
        <translation>f oder seine Steigung ist hier zu groß für eine double-Zahl.</translation>
    </message>
    <message>
        <source>f is defined here but its slope is not (a corner, a jump or a cusp).</source>
        <translation>f ist hier definiert, seine Steigung aber nicht (ein Knick, ein Sprung oder eine Spitze).</translation>
    </message>
    <message>
        <source>slope at %1 = %2 is %3</source>
        <translation>Steigung bei %1 = %2 ist %3</translation>
    </message>
    <message>
        <source>slope at %1 = %2 is %3, %4</source>
        <translation>Steigung bei %1 = %2 ist %3, %4</translation>
    </message>
    <message>
        <source>rising</source>
        <translation>steigend</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>fallend</translation>
    </message>
    <message>
        <source>flat</source>
        <translation>flach</translation>
    </message>
</context>
<context>
    <name>gradlab::SlopeView</name>
    <message>
        <source>&amp;Point at</source>
        <translation>&amp;Punkt bei</translation>
    </message>
</context>
<context>
    <name>gradlab::StabilityMapFigure</name>
    <message>
        <source>%1, learning rate</source>
        <translation>%1, Lernrate</translation>
    </message>
    <message>
        <source>%1, momentum</source>
        <translation>%1, Momentum</translation>
    </message>
    <message>
        <source>%1, RMSprop&apos;s smoothing constant</source>
        <translation>%1, Glättungskonstante von RMSprop</translation>
    </message>
    <message>
        <source>%1, Adam&apos;s first-moment decay</source>
        <translation>%1, Zerfallsrate des ersten Moments von Adam</translation>
    </message>
    <message>
        <source>%1, Adam&apos;s second-moment decay</source>
        <translation>%1, Zerfallsrate des zweiten Moments von Adam</translation>
    </message>
    <message>
        <source>%1, epsilon</source>
        <translation>%1, Epsilon</translation>
    </message>
    <message>
        <source>Stability map</source>
        <translation>Stabilitätskarte</translation>
    </message>
    <message>
        <source>converged | not</source>
        <translation>konvergiert | nicht</translation>
    </message>
    <message>
        <source>diverged | not</source>
        <translation>divergiert | nicht</translation>
    </message>
    <message>
        <source>current settings</source>
        <translation>aktuelle Einstellungen</translation>
    </message>
    <message>
        <source>Loss curve with the start point</source>
        <translation>Verlustkurve mit dem Startpunkt</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Second axis of the map</source>
        <translation>Zweite Achse der Karte</translation>
    </message>
    <message>
        <source>Colour of the map</source>
        <translation>Farbe der Karte</translation>
    </message>
    <message>
        <source>final loss</source>
        <translation>Endverlust</translation>
    </message>
    <message>
        <source>steps to converge</source>
        <extracomment>What the map&apos;s colours show: how many steps each run took to converge</extracomment>
        <translation>Schritte bis Konvergenz</translation>
    </message>
    <message>
        <source>What the map shows</source>
        <translation>Was die Karte zeigt</translation>
    </message>
    <message>
        <source>Map legend</source>
        <extracomment>The legend of the stability map (a chart of which runs converge)</extracomment>
        <translation>Kartenlegende</translation>
    </message>
    <message>
        <source>&amp;Second axis</source>
        <translation>Z&amp;weite Achse</translation>
    </message>
    <message>
        <source>&amp;Colour by</source>
        <translation>&amp;Färben nach</translation>
    </message>
    <message>
        <source>|f′|</source>
        <translation>|f′|</translation>
    </message>
    <message>
        <source>|∇f|</source>
        <translation>|∇f|</translation>
    </message>
    <message>
        <source>the current settings, %1 (drag it)</source>
        <translation>die aktuellen Einstellungen, %1 (ziehen Sie den Punkt)</translation>
    </message>
    <message>
        <source>steps until %1 &lt; tolerance</source>
        <translation>Schritte bis %1 &lt; Toleranz</translation>
    </message>
    <message>
        <source>final loss − lowest on map</source>
        <translation>Endverlust − kleinster auf der Karte</translation>
    </message>
    <message>
        <source> (base rate)</source>
        <translation> (Basisrate)</translation>
    </message>
    <message>
        <source>coarse pass; computing %1 runs…</source>
        <translation>grober Durchgang; %1 Läufe werden berechnet…</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>wird berechnet…</translation>
    </message>
    <message>
        <source>%1 has no second hyperparameter: one row over the learning rate; %2.</source>
        <translation>%1: kein zweiter Hyperparameter, daher eine einzige Zeile entlang der Lernrate; %2.</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>divergiert</translation>
    </message>
    <message>
        <source>%1 never fell below the tolerance</source>
        <translation>%1 fiel nie unter die Toleranz</translation>
    </message>
    <message>
        <source>white line: %1 fell below the tolerance | never did</source>
        <translation>weiße Linie: %1 fiel unter die Toleranz | nie</translation>
    </message>
    <message>
        <source>white line: converged | not converged</source>
        <translation>weiße Linie: konvergiert | nicht konvergiert</translation>
    </message>
    <message>
        <source>black line: diverged | not diverged</source>
        <translation>schwarze Linie: divergiert | nicht divergiert</translation>
    </message>
    <message>
        <source>the current settings, %1</source>
        <translation>die aktuellen Einstellungen, %1</translation>
    </message>
    <message>
        <source>%1: each cell one run from the start%2; %3.</source>
        <translation>%1: jede Zelle ist ein Lauf vom Startpunkt%2 aus; %3.</translation>
    </message>
    <message numerus="yes">
        <source>%1 runs of %n step(s)</source>
        <extracomment>%1 is how many runs: the map&apos;s grid, &quot;40 × 30&quot;, or the count of its one row, &quot;120&quot;</extracomment>
        <translation>
            <numerusform>%1 Läufe mit je %n Schritt</numerusform>
            <numerusform>%1 Läufe mit je %n Schritten</numerusform>
        </translation>
    </message>
    <message>
        <source>final loss − Lₘᵢₙ</source>
        <translation>Endverlust − Lₘᵢₙ</translation>
    </message>
</context>
<context>
    <name>gradlab::StabilityMapper</name>
    <message>
        <source>Set %1&apos;s %2 and %3</source>
        <translation>%2 und %3 setzen (%1)</translation>
    </message>
    <message>
        <source>Set %1&apos;s %2</source>
        <translation>%2 setzen (%1)</translation>
    </message>
    <message>
        <source>Set %1 and %2</source>
        <translation>%1 und %2 setzen</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>%1 setzen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be one of momentum, alpha, beta1, beta2, got %2</source>
        <translation>„%1“ muss momentum, alpha, beta1 oder beta2 sein, nicht %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2 or %3, got %4</source>
        <translation>„%1“ muss %2 oder %3 sein, nicht %4</translation>
    </message>
</context>
<context>
    <name>gradlab::StepInspector</name>
    <message>
        <source>Step inspector</source>
        <translation>Schritt-Inspektor</translation>
    </message>
    <message>
        <source>Click a step on the plot or a row of the step table to see inside it; ←/→ walk the steps, Esc closes.</source>
        <translation>Klicken Sie auf einen Schritt im Diagramm oder auf eine Zeile der Schritttabelle, um ihn genauer zu sehen; ←/→ gehen die Schritte durch, Esc schließt.</translation>
    </message>
    <message>
        <source>Step %1 → %2: %3%4, η = %5</source>
        <translation>Schritt %1 → %2: %3%4, η = %5</translation>
    </message>
    <message>
        <source>Start %1&lt;sub&gt;%2&lt;/sub&gt; = %3, f = %4</source>
        <translation>Start %1&lt;sub&gt;%2&lt;/sub&gt; = %3, f = %4</translation>
    </message>
    <message>
        <source>Gradient ∇f(%1&lt;sub&gt;%2&lt;/sub&gt;) = %3</source>
        <translation>Gradient ∇f(%1&lt;sub&gt;%2&lt;/sub&gt;) = %3</translation>
    </message>
    <message>
        <source>Gradient the update used, with noise: g = %1</source>
        <translation>Von der Aktualisierung verwendeter Gradient, mit Rauschen: g = %1</translation>
    </message>
    <message>
        <source>state</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>before</source>
        <translation>vorher</translation>
    </message>
    <message>
        <source>after</source>
        <translation>nachher</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keiner</translation>
    </message>
    <message>
        <source>Step size per coordinate η′ = %1</source>
        <translation>Schrittweite je Koordinate η′ = %1</translation>
    </message>
    <message>
        <source>Curvature f″(%1&lt;sub&gt;%2&lt;/sub&gt;) = %3</source>
        <translation>Krümmung f″(%1&lt;sub&gt;%2&lt;/sub&gt;) = %3</translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation>Regel:</translation>
    </message>
    <message>
        <source>With the numbers:</source>
        <translation>Mit den Zahlen:</translation>
    </message>
    <message>
        <source>Lands at %1&lt;sub&gt;%2&lt;/sub&gt; = %3, f = %4</source>
        <translation>Landet bei %1&lt;sub&gt;%2&lt;/sub&gt; = %3, f = %4</translation>
    </message>
    <message>
        <source>Step %1: %2%3, the run&apos;s current point</source>
        <translation>Schritt %1: %2%3, der aktuelle Punkt des Laufs</translation>
    </message>
    <message>
        <source>Point %1&lt;sub&gt;%2&lt;/sub&gt; = %3, f = %4</source>
        <translation>Punkt %1&lt;sub&gt;%2&lt;/sub&gt; = %3, f = %4</translation>
    </message>
    <message>
        <source>after step %1 → %2</source>
        <translation>nach Schritt %1 → %2</translation>
    </message>
    <message>
        <source>No update has left this point yet: Step or Play takes the next one; ← shows the update that led here.</source>
        <translation>Von diesem Punkt ist noch keine Aktualisierung ausgegangen: Schritt oder Abspielen führt die nächste aus; ← zeigt die Aktualisierung, die hierher führte.</translation>
    </message>
    <message>
        <source>The run stopped here (%1); ← shows the update that led here.</source>
        <translation>Der Lauf hat hier angehalten (%1); ← zeigt die Aktualisierung, die hierher führte.</translation>
    </message>
    <message>
        <source>Hessian H = %1</source>
        <translation>Hesse-Matrix H = %1</translation>
    </message>
</context>
<context>
    <name>gradlab::StepPicker</name>
    <message>
        <source>inspected step</source>
        <translation>untersuchter Schritt</translation>
    </message>
    <message>
        <source>Click a point of a run or a row of the step table to see inside that step; ←/→ walk the steps, Esc closes.</source>
        <translation>Klicken Sie auf einen Punkt eines Laufs oder eine Zeile der Schritttabelle, um diesen Schritt genauer zu sehen; ←/→ gehen die Schritte durch, Esc schließt.</translation>
    </message>
    <message>
        <source>Click a point of a run on the map to see inside that step; ←/→ walk the steps, Esc closes.</source>
        <translation>Klicken Sie auf einen Punkt eines Laufs auf der Karte, um diesen Schritt genauer zu sehen; ←/→ gehen die Schritte durch, Esc schließt.</translation>
    </message>
</context>
<context>
    <name>gradlab::Surface3dLesson</name>
    <message>
        <source>Follow another optimizer</source>
        <translation>Anderem Optimierer folgen</translation>
    </message>
    <message>
        <source>Change the height scale</source>
        <translation>Höhenskala ändern</translation>
    </message>
    <message>
        <source>logHeight must be true or false</source>
        <translation>logHeight muss wahr oder falsch sein</translation>
    </message>
    <message>
        <source>trajectories</source>
        <extracomment>What File → Export Table as CSV writes, shown in brackets after it</extracomment>
        <translation>Bahnen</translation>
    </message>
</context>
<context>
    <name>gradlab::SurfaceLesson</name>
    <message>
        <source>Change the function</source>
        <translation>Funktion ändern</translation>
    </message>
    <message>
        <source>Move the point</source>
        <translation>Punkt verschieben</translation>
    </message>
    <message>
        <source>--at needs two coordinates for this lesson (A,B), got %1</source>
        <translation>--at braucht für diese Lektion zwei Koordinaten (A,B), nicht %1</translation>
    </message>
</context>
<context>
    <name>gradlab::SurfaceScene</name>
    <message>
        <source>the 3-D graph could not get an OpenGL context</source>
        <translation>der 3-D-Graph konnte keinen OpenGL-Kontext erhalten</translation>
    </message>
    <message>
        <source>3-D loss surface</source>
        <translation>3-D-Verlustfläche</translation>
    </message>
</context>
<context>
    <name>gradlab::SurfaceView</name>
    <message>
        <source>Optimizer the ball follows</source>
        <translation>Optimierer, dem die Kugel folgt</translation>
    </message>
    <message>
        <source>▶ &amp;Play</source>
        <translation>▶ Abs&amp;pielen</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <extracomment>Button (a verb): move every optimizer one step</extracomment>
        <translation>&amp;Schritt</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <extracomment>Button: put every optimizer back at the start point</extracomment>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Log height</source>
        <translation>&amp;Log-Höhe</translation>
    </message>
    <message>
        <source>Draw the height as log₁₀(1 + f − m), m the lowest f on the rectangle rounded down (0 when f ≥ 0): a valley that the linear height flattens shows its shape. The vertical axis says which height is drawn.</source>
        <translation>Die Höhe als log₁₀(1 + f − m) zeichnen, m das abgerundete kleinste f auf dem Rechteck (0, wenn f ≥ 0): ein Tal, das die lineare Höhe plattdrückt, zeigt so seine Form. Die senkrechte Achse gibt an, welche Höhe gezeichnet ist.</translation>
    </message>
    <message>
        <source>Reset &amp;view</source>
        <translation>&amp;Grundansicht</translation>
    </message>
    <message>
        <source>Back to the view from the front, above the surface (Ctrl+0)</source>
        <translation>Zurück zur Ansicht von vorn, über der Fläche (Strg+0)</translation>
    </message>
    <message>
        <source>&amp;Top view</source>
        <translation>&amp;Draufsicht</translation>
    </message>
    <message>
        <source>Look straight down: x to the right, y up, as on the maps</source>
        <translation>Senkrecht nach unten blicken: x nach rechts, y nach oben, wie auf den Karten</translation>
    </message>
    <message>
        <source>The same function, start and runs as “Descent on a surface”. Drag to rotate, scroll to zoom. &lt;span style=&apos;color:%1&apos;&gt;●&lt;/span&gt; ball &amp;nbsp; %2 trail &amp;nbsp; &lt;span style=&apos;color:%3&apos;&gt;➜&lt;/span&gt; green arrow: the downhill direction −∇f, longer where the slope is steeper (log scale); its |∇f| is read out below</source>
        <translation>Dieselbe Funktion, derselbe Start und dieselben Läufe wie in „Abstieg auf einer Fläche“. Ziehen zum Drehen, scrollen zum Zoomen. &lt;span style=&apos;color:%1&apos;&gt;●&lt;/span&gt; Kugel &amp;#160; %2 Spur &amp;#160; &lt;span style=&apos;color:%3&apos;&gt;➜&lt;/span&gt; grüner Pfeil: die Abstiegsrichtung −∇f, länger, wo die Steigung größer ist (log. Skala); sein |∇f| steht unten</translation>
    </message>
    <message>
        <source>Ball follows</source>
        <translation>Kugel folgt</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The 3-D view cannot draw here&lt;/h3&gt;&lt;p&gt;It needs OpenGL, and %1.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Every other lesson works without it; “Descent on a surface” shows this function, start and runs as a map.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Die 3-D-Ansicht kann hier nicht zeichnen&lt;/h3&gt;&lt;p&gt;Sie braucht OpenGL, und %1.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Jede andere Lektion funktioniert ohne; „Abstieg auf einer Fläche“ zeigt diese Funktion, diesen Start und diese Läufe als Karte.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>❚❚ &amp;Pause</source>
        <translation>❚❚ &amp;Pause</translation>
    </message>
    <message>
        <source>No optimizer is enabled in “Descent on a surface”.</source>
        <translation>In „Abstieg auf einer Fläche“ ist kein Optimierer aktiviert.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;➜ −∇f&lt;/span&gt;: %2</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;➜ −∇f&lt;/span&gt;: %2</translation>
    </message>
    <message>
        <source> Here the arrow is cut short where the surface rises above it, across the valley.</source>
        <translation> Hier ist der Pfeil dort abgeschnitten, wo die Fläche quer über das Tal über ihn ansteigt.</translation>
    </message>
    <message>
        <source>&lt;br&gt;The surface is cut flat at f = %1, where it rises steeply (a pole or a wall); “Log height” shows all of it.</source>
        <translation>&lt;br&gt;Die Fläche ist bei f = %1 flach abgeschnitten, wo sie steil ansteigt (ein Pol oder eine Wand); „Log-Höhe“ zeigt sie ganz.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: step %2, f = %3 at (%4, %5). %6&lt;br&gt;%7</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: Schritt %2, f = %3 bei (%4; %5). %6&lt;br&gt;%7</translation>
    </message>
</context>
<context>
    <name>gradlab::ValueField</name>
    <message>
        <source>A number or a constant expression, such as 1.5, pi/2, sqrt(2) or e^-1. Enter takes it; Up and Down step it.</source>
        <translation>Eine Zahl oder ein konstanter Ausdruck wie 1.5, pi/2, sqrt(2) oder e^-1. Enter übernimmt den Wert; Auf und Ab ändern ihn schrittweise.</translation>
    </message>
    <message>
        <source>type a number, such as 1.5 or pi/2</source>
        <translation>Zahl eingeben, z. B. 1.5 oder pi/2</translation>
    </message>
    <message>
        <source>a number is needed here, not a formula in %1</source>
        <translation>hier wird eine Zahl gebraucht, keine Formel in %1</translation>
    </message>
    <message>
        <source>this has no finite value</source>
        <translation>das hat keinen endlichen Wert</translation>
    </message>
    <message>
        <source>%1 is outside the range this field takes, %2 to %3</source>
        <translation>%1 liegt außerhalb des Bereichs dieses Felds, %2 bis %3</translation>
    </message>
    <message>
        <source>%1; kept %2.</source>
        <translation>%1; %2 beibehalten.</translation>
    </message>
</context>
<context>
    <name>gradlab::ZoomFigure</name>
    <message>
        <source>Magnifier</source>
        <translation>Lupe</translation>
    </message>
    <message>
        <source>f</source>
        <translation>f</translation>
    </message>
    <message>
        <source>Newton</source>
        <extracomment>Beside the diamond where Newton&apos;s step from a lands</extracomment>
        <translation>Newton</translation>
    </message>
    <message>
        <source>a</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Gap against half-width, log-log</source>
        <translation>Abstand gegen Halbbreite, log-log</translation>
    </message>
    <message>
        <source>half-width w</source>
        <extracomment>Axis labels: half the width of the zoom window, and the largest gap between curve and tangent in it</extracomment>
        <translation>Halbbreite w</translation>
    </message>
    <message>
        <source>largest gap</source>
        <translation>größter Abstand</translation>
    </message>
    <message>
        <source>Largest gap</source>
        <translation>Größter Abstand</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>&lt;b&gt;The gap against the window&lt;/b&gt; (log-log)</source>
        <translation>&lt;b&gt;Der Abstand gegen das Fenster&lt;/b&gt; (log-log)</translation>
    </message>
    <message>
        <source>%1 − a   (a %2)</source>
        <translation>%1 − a   (a %2)</translation>
    </message>
    <message>
        <source>f(%1) − f(a)   (f(a) %2)</source>
        <translation>f(%1) − f(a)   (f(a) %2)</translation>
    </message>
    <message>
        <source>∝ %1</source>
        <translation>∝ %1</translation>
    </message>
    <message>
        <source>Window %1 ± &lt;b&gt;%2&lt;/b&gt;: largest gap between curve and %3 &lt;b&gt;%4&lt;/b&gt; (%5 of the window&apos;s width)</source>
        <translation>Fenster %1 ± &lt;b&gt;%2&lt;/b&gt;: größter Abstand zwischen Kurve und %3 &lt;b&gt;%4&lt;/b&gt; (%5 der Fensterbreite)</translation>
    </message>
    <message>
        <source>line</source>
        <translation>Gerade</translation>
    </message>
    <message>
        <source>tangent</source>
        <translation>Tangente</translation>
    </message>
    <message>
        <source>Window %1 ± &lt;b&gt;%2&lt;/b&gt;: f has no value somewhere in this window, so there is no largest gap</source>
        <translation>Fenster %1 ± &lt;b&gt;%2&lt;/b&gt;: f hat irgendwo in diesem Fenster keinen Wert, daher gibt es keinen größten Abstand</translation>
    </message>
    <message>
        <source>Window %1 ± &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Fenster %1 ± &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Measured slope %1 (between w = %2 and %3): shrinking the window 10× divides the gap by about %4.</source>
        <translation>Gemessene Steigung %1 (zwischen w = %2 und %3): das Fenster 10× zu verkleinern teilt den Abstand durch etwa %4.</translation>
    </message>
    <message>
        <source>The dashed line is ∝ %1: the first Taylor term after the tangent that is not zero has order %2, not 2.</source>
        <translation>Die gestrichelte Linie ist ∝ %1: der erste Taylor-Term nach der Tangente, der nicht null ist, hat die Ordnung %2, nicht 2.</translation>
    </message>
    <message>
        <source>The dashed line is ∝ %1.</source>
        <translation>Die gestrichelte Linie ist ∝ %1.</translation>
    </message>
    <message>
        <source>No slope to measure: the gap is rounding (or none) in every window, so f is a straight line here.</source>
        <translation>Keine Steigung zu messen: der Abstand ist in jedem Fenster nur Rundung (oder null), also ist f hier eine Gerade.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;Tangent&lt;/span&gt;: y = %2·%3 %4 %5 &amp;nbsp; (f(a) = %6, f′(a) = %7)</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;Tangente&lt;/span&gt;: y = %2·%3 %4 %5 &amp;#160; (f(a) = %6, f′(a) = %7)</translation>
    </message>
    <message>
        <source>bending up: f″ &gt; 0</source>
        <translation>nach oben gekrümmt: f″ &gt; 0</translation>
    </message>
    <message>
        <source>bending down: f″ &lt; 0</source>
        <translation>nach unten gekrümmt: f″ &lt; 0</translation>
    </message>
    <message>
        <source>no bending at this order</source>
        <translation>keine Krümmung in dieser Ordnung</translation>
    </message>
    <message>
        <source>f″(a) %1, %2. Parabola: y = %3 %4 %5·(%6 − a) %7 %8·(%6 − a)²</source>
        <translation>f″(a) %1, %2. Parabel: y = %3 %4 %5·(%6 − a) %7 %8·(%6 − a)²</translation>
    </message>
    <message>
        <source>; cubic term %1·(%2 − a)³</source>
        <translation>; kubischer Term %1·(%2 − a)³</translation>
    </message>
    <message>
        <source>. Osculating circle: radius (1 + f′²)^{3/2}/|f″| = %1, centre (%2, %3)</source>
        <translation>. Schmiegekreis: Radius (1 + f′²)^{3/2}/|f″| = %1, Mittelpunkt (%2; %3)</translation>
    </message>
    <message>
        <source>. No osculating circle: its radius (1 + f′²)^{3/2}/|f″| is infinite</source>
        <translation>. Kein Schmiegekreis: sein Radius (1 + f′²)^{3/2}/|f″| ist unendlich</translation>
    </message>
    <message>
        <source>Newton&apos;s step: x⁺ = a − f′/f″ = %1, the parabola&apos;s lowest point. Gradient descent with η = 1/f″ = %2 jumps to the same point; η = 2/f″ = %3 is the critical rate of the lesson &quot;%4&quot; %5.</source>
        <translation>Newton-Schritt: x⁺ = a − f′/f″ = %1, der tiefste Punkt der Parabel. Gradientenabstieg mit η = 1/f″ = %2 springt zum selben Punkt; η = 2/f″ = %3 ist die kritische Rate der Lektion „%4“ %5.</translation>
    </message>
    <message>
        <source>(f is quadratic: its parabola is f itself)</source>
        <translation>(f ist quadratisch: seine Parabel ist f selbst)</translation>
    </message>
    <message>
        <source>for the local quadratic model only: f is not quadratic, so near here, not everywhere</source>
        <translation>nur für das lokale quadratische Modell: f ist nicht quadratisch, also nur hier in der Nähe, nicht überall</translation>
    </message>
    <message>
        <source>Newton&apos;s step: x⁺ = a − f′/f″ = %1 = a, as f′(a) = 0: the point is the parabola&apos;s highest point, and neither Newton&apos;s method nor gradient descent moves from it; 1/f″ and 2/f″ are negative, so they are not learning rates.</source>
        <translation>Newton-Schritt: x⁺ = a − f′/f″ = %1 = a, da f′(a) = 0: der Punkt ist der höchste Punkt der Parabel, und weder das Newton-Verfahren noch der Gradientenabstieg bewegen sich von dort weg; 1/f″ und 2/f″ sind negativ, also keine Lernraten.</translation>
    </message>
    <message>
        <source>Newton&apos;s step: x⁺ = a − f′/f″ = %1 is the parabola&apos;s highest point: Newton&apos;s method heads uphill here, while gradient descent goes down, so 1/f″ and 2/f″ are not learning rates.</source>
        <translation>Newton-Schritt: x⁺ = a − f′/f″ = %1 ist der höchste Punkt der Parabel: das Newton-Verfahren geht hier bergauf, während der Gradientenabstieg bergab geht, daher sind 1/f″ und 2/f″ keine Lernraten.</translation>
    </message>
    <message>
        <source>Newton&apos;s step: none, as the parabola is the tangent itself, a line with no lowest point, so a − f′/f″ does not exist.</source>
        <translation>Newton-Schritt: keiner, da die Parabel die Tangente selbst ist, eine Gerade ohne tiefsten Punkt, daher existiert a − f′/f″ nicht.</translation>
    </message>
    <message>
        <source>f has a corner at %1: the slope from the left is %2, from the right %3. However far you zoom in, the curve keeps its corner: the gap shrinks only like the width (slope 1), never like its square, so f never looks straight here. The dashed line has the mean of the two slopes (%4): it is no tangent.</source>
        <translation>f hat bei %1 einen Knick: die Steigung von links ist %2, von rechts %3. Wie weit Sie auch hineinzoomen, die Kurve behält ihren Knick: der Abstand schrumpft nur wie die Breite (Steigung 1), nie wie ihr Quadrat, daher sieht f hier nie gerade aus. Die gestrichelte Linie hat den Mittelwert der beiden Steigungen (%4): sie ist keine Tangente.</translation>
    </message>
    <message>
        <source>The tangent at %1 is vertical: f′ grows without bound, so no line y = m·x + c fits.</source>
        <translation>Die Tangente bei %1 ist senkrecht: f′ wächst über alle Grenzen, daher passt keine Gerade y = m·x + c.</translation>
    </message>
    <message>
        <source>f is not defined at %1, so it has no tangent there.</source>
        <translation>f ist bei %1 nicht definiert, daher hat es dort keine Tangente.</translation>
    </message>
    <message>
        <source>At this zoom the gap (%1) is below %2 times its rounding (about %3): what is left is the arithmetic of doubles, not the curve. Animate stops at w = %4.</source>
        <translation>Bei diesem Zoom liegt der Abstand (%1) unter dem %2-Fachen seiner Rundung (etwa %3): was bleibt, ist die Arithmetik von double-Zahlen, nicht die Kurve. Animieren hält bei w = %4 an.</translation>
    </message>
</context>
<context>
    <name>gradlab::ZoomLesson</name>
    <message>
        <source>Corner</source>
        <translation>Knick</translation>
    </message>
    <message>
        <source>Logarithm</source>
        <translation>Logarithmus</translation>
    </message>
    <message>
        <source>Bump</source>
        <translation>Buckel</translation>
    </message>
    <message>
        <source>Zoom</source>
        <extracomment>Undo/redo item: the zoom window was changed</extracomment>
        <translation>Zoomen</translation>
    </message>
    <message>
        <source>Show the Taylor parabola</source>
        <translation>Taylor-Parabel zeigen</translation>
    </message>
    <message>
        <source>Show the Taylor cubic</source>
        <translation>Kubisches Taylor-Polynom zeigen</translation>
    </message>
    <message>
        <source>Show the osculating circle</source>
        <translation>Schmiegekreis zeigen</translation>
    </message>
    <message>
        <source>Show Newton&apos;s step</source>
        <translation>Newton-Schritt zeigen</translation>
    </message>
    <message>
        <source>Animate the zoom</source>
        <translation>Zoom animieren</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number from %2 to %3</source>
        <translation>„%1“ muss eine Zahl von %2 bis %3 sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>„%1“ muss wahr oder falsch sein</translation>
    </message>
    <message>
        <source>--zoom must be a half-width from %1 to %2</source>
        <translation>--zoom muss eine Halbbreite von %1 bis %2 sein</translation>
    </message>
    <message>
        <source>gap table</source>
        <extracomment>What File → Export Table as CSV writes, shown in brackets after it</extracomment>
        <translation>Abstandstabelle</translation>
    </message>
</context>
<context>
    <name>gradlab::ZoomView</name>
    <message>
        <source>Poi&amp;nt a</source>
        <translation>Pu&amp;nkt a</translation>
    </message>
    <message>
        <source>w</source>
        <extracomment>w is the zoom window&apos;s half-width, a variable name: usually kept as is</extracomment>
        <translation>w</translation>
    </message>
    <message>
        <source>w =</source>
        <translation>w =</translation>
    </message>
    <message>
        <source>Zoom (half-width, log scale)</source>
        <translation>Zoom (Halbbreite, log. Skala)</translation>
    </message>
    <message>
        <source>The window&apos;s half-width w on a log scale, from 10 down to 0.000001</source>
        <translation>Die Halbbreite w des Fensters auf logarithmischer Skala, von 10 bis hinunter zu 0.000001</translation>
    </message>
    <message>
        <source>&amp;Zoom</source>
        <translation>&amp;Zoom</translation>
    </message>
    <message>
        <source>The window is a − w … a + w</source>
        <translation>Das Fenster ist a − w … a + w</translation>
    </message>
    <message>
        <source>▶ &amp;Animate</source>
        <translation>▶ &amp;Animieren</translation>
    </message>
    <message>
        <source>Zoom in by decades around the point and watch the curve straighten (Space)</source>
        <translation>In Zehnerpotenzen um den Punkt hineinzoomen und zusehen, wie die Kurve gerade wird (Leertaste)</translation>
    </message>
    <message>
        <source>Taylor &amp;parabola</source>
        <translation>Taylor-Pa&amp;rabel</translation>
    </message>
    <message>
        <source>&amp;Cubic</source>
        <translation>&amp;Kubisch</translation>
    </message>
    <message>
        <source>&amp;Osculating circle</source>
        <translation>&amp;Schmiegekreis</translation>
    </message>
    <message>
        <source>Ne&amp;wton&apos;s step</source>
        <translation>Ne&amp;wton-Schritt</translation>
    </message>
    <message>
        <source>❚❚ &amp;Pause</source>
        <translation>❚❚ &amp;Pause</translation>
    </message>
</context>
<context>
    <name>gradlab::derivative</name>
    <message>
        <source>the derivative of this formula is too large to compute</source>
        <translation>die Ableitung dieser Formel ist zu groß, um sie zu berechnen</translation>
    </message>
</context>
<context>
    <name>gradlab::function</name>
    <message>
        <source>this lesson needs a function of one variable; this one has %1 (%2)</source>
        <translation>diese Lektion braucht eine Funktion einer Variablen; diese hat %1 (%2)</translation>
    </message>
    <message>
        <source>this lesson needs a function of two variables</source>
        <translation>diese Lektion braucht eine Funktion zweier Variablen</translation>
    </message>
</context>
<context>
    <name>gradlab::parser</name>
    <message>
        <source>unexpected character %1</source>
        <translation>unerwartetes Zeichen %1</translation>
    </message>
    <message>
        <source>%1 at column %2</source>
        <translation>%1 in Spalte %2</translation>
    </message>
    <message>
        <source>number &apos;%1&apos; is too small to represent</source>
        <translation>die Zahl „%1“ ist zu klein, um dargestellt zu werden</translation>
    </message>
    <message>
        <source>number &apos;%1&apos; is too large to represent</source>
        <translation>die Zahl „%1“ ist zu groß, um dargestellt zu werden</translation>
    </message>
    <message>
        <source>malformed number &apos;%1&apos;</source>
        <translation>fehlerhafte Zahl „%1“</translation>
    </message>
    <message>
        <source>invalid UTF-8 (byte %1) at column %2</source>
        <translation>ungültiges UTF-8 (Byte %1) in Spalte %2</translation>
    </message>
    <message>
        <source>end of formula</source>
        <translation>Ende der Formel</translation>
    </message>
    <message>
        <source>empty formula</source>
        <translation>leere Formel</translation>
    </message>
    <message>
        <source>incomplete formula: expected a number, a variable or &apos;(&apos; after %1 at column %2</source>
        <translation>unvollständige Formel: nach %1 in Spalte %2 wird eine Zahl, eine Variable oder „(“ erwartet</translation>
    </message>
    <message>
        <source>missing operator before &apos;%1&apos; at column %2</source>
        <translation>fehlender Operator vor „%1“ in Spalte %2</translation>
    </message>
    <message>
        <source>unexpected %1 at column %2</source>
        <translation>unerwartetes %1 in Spalte %2</translation>
    </message>
    <message>
        <source>formula is nested too deeply (more than %1 levels) at column %2</source>
        <translation>Formel zu tief verschachtelt (mehr als %1 Ebenen) in Spalte %2</translation>
    </message>
    <message>
        <source>empty brackets at column %1</source>
        <translation>leere Klammern in Spalte %1</translation>
    </message>
    <message>
        <source>missing &apos;)&apos; to close the &apos;(&apos; at column %1</source>
        <translation>fehlende „)“ zur „(“ in Spalte %1</translation>
    </message>
    <message>
        <source>unknown variable &apos;%1&apos; at column %2 (the variables are %3)</source>
        <translation>unbekannte Variable „%1“ in Spalte %2 (die Variablen sind %3)</translation>
    </message>
    <message>
        <source>expected &apos;(&apos; after &apos;%1&apos; at column %2</source>
        <translation>„(“ erwartet nach „%1“ in Spalte %2</translation>
    </message>
    <message>
        <source>missing argument of &apos;%1&apos; at column %2</source>
        <translation>fehlendes Argument von „%1“ in Spalte %2</translation>
    </message>
    <message>
        <source>unknown function &apos;%1&apos; at column %2</source>
        <translation>unbekannte Funktion „%1“ in Spalte %2</translation>
    </message>
    <message>
        <source>unknown function &apos;%1&apos; at column %3 (did you mean &apos;%2&apos;?)</source>
        <translation>unbekannte Funktion „%1“ in Spalte %3 (meinten Sie „%2“?)</translation>
    </message>
    <message>
        <source>unknown name &apos;%1&apos; at column %3 (did you mean &apos;%2&apos;?)</source>
        <translation>unbekannter Name „%1“ in Spalte %3 (meinten Sie „%2“?)</translation>
    </message>
    <message>
        <source>too many variables: %1 (at most two)</source>
        <translation>zu viele Variablen: %1 (höchstens zwei)</translation>
    </message>
</context>
<context>
    <name>gradlab::taylor</name>
    <message>
        <source>a Taylor expansion here needs a function of one variable, not %1</source>
        <translation>eine Taylor-Entwicklung braucht hier eine Funktion einer Variablen, nicht %1</translation>
    </message>
    <message>
        <source>the order must be from 1 to %1, got %2</source>
        <translation>die Ordnung muss zwischen 1 und %1 liegen, nicht %2</translation>
    </message>
</context>
</TS>
