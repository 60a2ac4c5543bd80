<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>ArrowCaption</name>
    <message>
        <source>Arrow length grows with log |∇f|: |∇f| = %1 is drawn longest, each ×10 less is %2 shorter, and below %3 there is no arrow.</source>
        <translation>La longitud de la flecha crece con log |∇f|: |∇f| = %1 se dibuja con la máxima longitud, cada ×10 menos es %2 más corta, y por debajo de %3 no hay flecha.</translation>
    </message>
    <message>
        <source>a quarter of that</source>
        <translation>una cuarta parte de esa longitud</translation>
    </message>
    <message>
        <source>1/%1 of that</source>
        <translation>1/%1 de esa longitud</translation>
    </message>
    <message>
        <source>|∇f| = %1. %2</source>
        <translation>|∇f| = %1. %2</translation>
    </message>
    <message>
        <source>|∇f| = %1, steeper than anywhere on the rectangle: the arrow is drawn at its longest. %2</source>
        <translation>|∇f| = %1, más empinado que en cualquier punto del rectángulo: la flecha se dibuja con su longitud máxima. %2</translation>
    </message>
    <message>
        <source>|∇f| = %1 is &lt;b&gt;too small to draw&lt;/b&gt;, so no arrow is shown. %2</source>
        <translation>|∇f| = %1 es &lt;b&gt;demasiado pequeño para dibujarlo&lt;/b&gt;, así que no se muestra ninguna flecha. %2</translation>
    </message>
    <message>
        <source>∇f is not defined here, so no arrow is shown.</source>
        <translation>∇f no está definido aquí, así que no se muestra ninguna flecha.</translation>
    </message>
    <message>
        <source>|∇f| = %1. Arrow length shows |∇f|: an arrow 1 unit long stands for a slope of %2.</source>
        <translation>|∇f| = %1. La longitud de la flecha muestra |∇f|: una flecha de 1 unidad de largo representa una pendiente de %2.</translation>
    </message>
    <message>
        <source>|∇f| = %1. Arrow length shows |∇f| (1 unit of length = a slope of %2), but this arrow is drawn &lt;b&gt;shortened&lt;/b&gt; to fit: to scale it would be %3 units long.</source>
        <translation>|∇f| = %1. La longitud de la flecha muestra |∇f| (1 unidad de longitud = una pendiente de %2), pero esta flecha se dibuja &lt;b&gt;acortada&lt;/b&gt; para que quepa: a escala mediría %3 unidades.</translation>
    </message>
    <message>
        <source>|∇f| = %1 is &lt;b&gt;too small to draw&lt;/b&gt; at this function&apos;s scale (an arrow 1 unit long stands for a slope of %2), so no arrow is shown.</source>
        <translation>|∇f| = %1 es &lt;b&gt;demasiado pequeño para dibujarlo&lt;/b&gt; a la escala de esta función (una flecha de 1 unidad de largo representa una pendiente de %2), así que no se muestra ninguna flecha.</translation>
    </message>
</context>
<context>
    <name>DescentRun</name>
    <message>
        <source>the point is undefined (not a number)</source>
        <translation>el punto no está definido (no es un número)</translation>
    </message>
    <message>
        <source>the point became +infinite</source>
        <translation>el punto se volvió +infinito</translation>
    </message>
    <message>
        <source>the point became -infinite</source>
        <translation>el punto se volvió -infinito</translation>
    </message>
    <message>
        <source>the loss is undefined (not a number)</source>
        <translation>la pérdida no está definida (no es un número)</translation>
    </message>
    <message>
        <source>the loss became +infinite</source>
        <translation>la pérdida se volvió +infinita</translation>
    </message>
    <message>
        <source>the loss became -infinite</source>
        <translation>la pérdida se volvió -infinita</translation>
    </message>
    <message>
        <source>the gradient is undefined (not a number)</source>
        <translation>el gradiente no está definido (no es un número)</translation>
    </message>
    <message>
        <source>the gradient became +infinite</source>
        <translation>el gradiente se volvió +infinito</translation>
    </message>
    <message>
        <source>the gradient became -infinite</source>
        <translation>el gradiente se volvió -infinito</translation>
    </message>
    <message>
        <source>the loss passed %1</source>
        <translation>la pérdida superó %1</translation>
    </message>
    <message>
        <source>the loss fell below −%1</source>
        <translation>la pérdida bajó de −%1</translation>
    </message>
    <message>
        <source>a coordinate passed %1</source>
        <translation>una coordenada superó %1</translation>
    </message>
    <message>
        <source>the gradient norm is below the tolerance at the start</source>
        <translation>la norma del gradiente está por debajo de la tolerancia en el punto inicial</translation>
    </message>
    <message>
        <source>no steps were allowed</source>
        <translation>no se permitía ningún paso</translation>
    </message>
    <message>
        <source>the gradient norm fell below %1</source>
        <translation>la norma del gradiente bajó de %1</translation>
    </message>
    <message numerus="yes">
        <source>took all %n steps</source>
        <comment>took its only step</comment>
        <translation>
            <numerusform>completó su único paso</numerusform>
            <numerusform>completó los %n pasos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FigureExport</name>
    <message>
        <source>GradLab figure</source>
        <translation>Figura de GradLab</translation>
    </message>
</context>
<context>
    <name>FitRun</name>
    <message numerus="yes">
        <source>took all %n updates (%1)</source>
        <comment>took its only update (%1)</comment>
        <translation>
            <numerusform>completó su única actualización (%1)</numerusform>
            <numerusform>completó las %n actualizaciones (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n epochs</source>
        <comment>%n epoch</comment>
        <translation>
            <numerusform>%n época</numerusform>
            <numerusform>%n épocas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FitWording</name>
    <message numerus="yes">
        <source>%n points</source>
        <comment>%n point</comment>
        <translation>
            <numerusform>%n punto</numerusform>
            <numerusform>%n puntos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updates</source>
        <comment>%n update</comment>
        <translation>
            <numerusform>%n actualización</numerusform>
            <numerusform>%n actualizaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>batch %1 of %2: %3 per epoch, the last of %4</source>
        <translation>lote de %1 sobre %2: %3 por época, el último de %4</translation>
    </message>
    <message>
        <source>batch %1 of %2 (full batch): %3 per epoch, the last of %4</source>
        <translation>lote de %1 sobre %2 (lote completo): %3 por época, el último de %4</translation>
    </message>
    <message>
        <source>batch %1 of %2 (SGD): %3 per epoch, the last of %4</source>
        <translation>lote de %1 sobre %2 (SGD): %3 por época, el último de %4</translation>
    </message>
    <message>
        <source>batch %1 of %2: %3 per epoch</source>
        <translation>lote de %1 sobre %2: %3 por época</translation>
    </message>
    <message>
        <source>batch %1 of %2 (full batch): %3 per epoch</source>
        <translation>lote de %1 sobre %2 (lote completo): %3 por época</translation>
    </message>
    <message>
        <source>batch %1 of %2 (SGD): %3 per epoch</source>
        <translation>lote de %1 sobre %2 (SGD): %3 por época</translation>
    </message>
    <message>
        <source>Stopped at update %1: converged, %2.</source>
        <translation>Se detuvo en la actualización %1: convergió, %2.</translation>
    </message>
    <message>
        <source>Stopped at update %1: diverged, %2.</source>
        <translation>Se detuvo en la actualización %1: divergió, %2.</translation>
    </message>
    <message>
        <source>Stopped at update %1: %2.</source>
        <translation>Se detuvo en la actualización %1: %2.</translation>
    </message>
    <message>
        <source>Stopped at update %1 (epoch %2 of %3): converged, %4.</source>
        <translation>Se detuvo en la actualización %1 (época %2 de %3): convergió, %4.</translation>
    </message>
    <message>
        <source>Stopped at update %1 (epoch %2 of %3): diverged, %4.</source>
        <translation>Se detuvo en la actualización %1 (época %2 de %3): divergió, %4.</translation>
    </message>
    <message>
        <source>Stopped at update %1 (epoch %2 of %3): it %4.</source>
        <translation>Se detuvo en la actualización %1 (época %2 de %3): %4.</translation>
    </message>
    <message numerus="yes">
        <source>Stopped at update %1 (epoch %2 of %3): the limit of %n updates; the run was set to take %4.</source>
        <comment>Stopped at update %1 (epoch %2 of %3): the limit of %n update; the run was set to take %4.</comment>
        <translation>
            <numerusform>Se detuvo en la actualización %1 (época %2 de %3): el límite de %n actualización; la ejecución estaba configurada para hacer %4.</numerusform>
            <numerusform>Se detuvo en la actualización %1 (época %2 de %3): el límite de %n actualizaciones; la ejecución estaba configurada para hacer %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not started: %1 in %2.</source>
        <translation>Sin empezar: %1 en %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n epochs</source>
        <comment>%n epoch</comment>
        <translation>
            <numerusform>%n época</numerusform>
            <numerusform>%n épocas</numerusform>
        </translation>
    </message>
    <message>
        <source>Update %1 of %2, epoch %3 of %4.</source>
        <translation>Actualización %1 de %2, época %3 de %4.</translation>
    </message>
    <message>
        <source>Not converged: L = %1 is still %2 above the least-squares loss %3.</source>
        <translation>No convergió: L = %1 sigue %2 por encima de la pérdida de mínimos cuadrados %3.</translation>
    </message>
    <message>
        <source>Not converged by the gradient&apos;s measure, although L = %1 is the least-squares loss to the digits shown.</source>
        <translation>No convergió según el gradiente, aunque L = %1 es la pérdida de mínimos cuadrados en las cifras mostradas.</translation>
    </message>
</context>
<context>
    <name>GradientCheck</name>
    <message>
        <source>division by zero: %1/%2</source>
        <translation>división por cero: %1/%2</translation>
    </message>
    <message>
        <source>(%1)^%2: a negative number to a fractional power is not a real number</source>
        <translation>(%1)^%2: un número negativo elevado a una potencia fraccionaria no es un número real</translation>
    </message>
    <message>
        <source>%1^%2: 0 to a negative power divides by zero</source>
        <translation>%1^%2: 0 elevado a una potencia negativa divide por cero</translation>
    </message>
    <message>
        <source>%1: %2 needs an input &gt; 0</source>
        <translation>%1: %2 necesita una entrada &gt; 0</translation>
    </message>
    <message>
        <source>%1: %2 needs an input ≥ 0</source>
        <translation>%1: %2 necesita una entrada ≥ 0</translation>
    </message>
    <message>
        <source>%1: %2 needs an input between -1 and 1</source>
        <translation>%1: %2 necesita una entrada entre -1 y 1</translation>
    </message>
    <message>
        <source>%1: too large for a double (overflow)</source>
        <translation>%1: demasiado grande para un double (desbordamiento)</translation>
    </message>
    <message>
        <source>%1: the result is too large for a double (overflow)</source>
        <translation>%1: el resultado es demasiado grande para un double (desbordamiento)</translation>
    </message>
</context>
<context>
    <name>LessonDocument</name>
    <message>
        <source>in lesson &quot;%1&quot;: %2</source>
        <translation>en la lección «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>No se puede abrir %1: %2.</translation>
    </message>
</context>
<context>
    <name>LessonFile</name>
    <message>
        <source>true or false</source>
        <translation>verdadero o falso</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>&quot;%1&quot; should be %2, not %3</source>
        <translation>«%1» debería ser %2, no %3</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; ignored</source>
        <translation>se ignora la clave desconocida «%1»</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>it is not a GradLab lesson file, or it is damaged or cut short: %1 at byte %2</source>
        <translation>no es un archivo de lección de GradLab, o está dañado o cortado: %1 en el byte %2</translation>
    </message>
    <message>
        <source>it is not a GradLab lesson file (it has no &quot;format&quot;: &quot;gradlab&quot;)</source>
        <translation>no es un archivo de lección de GradLab (no tiene &quot;format&quot;: &quot;gradlab&quot;)</translation>
    </message>
    <message>
        <source>its format version is missing or not a whole number</source>
        <translation>falta su versión de formato o no es un número entero</translation>
    </message>
    <message>
        <source>it was saved by a newer GradLab (format version %1; this version reads up to %2)</source>
        <translation>lo guardó un GradLab más reciente (versión de formato %1; esta versión lee hasta la %2)</translation>
    </message>
    <message>
        <source>&quot;lessons&quot; should be an object, not %1</source>
        <translation>«lessons» debería ser un objeto, no %1</translation>
    </message>
    <message>
        <source>unknown lesson &quot;%1&quot; ignored</source>
        <translation>se ignora la lección desconocida «%1»</translation>
    </message>
    <message>
        <source>&quot;lessons.%1&quot; should be an object, not %2</source>
        <translation>«lessons.%1» debería ser un objeto, no %2</translation>
    </message>
    <message>
        <source>&quot;active&quot; should be text, not %1</source>
        <translation>«active» debería ser texto, no %1</translation>
    </message>
    <message>
        <source>unknown active lesson &quot;%1&quot; ignored</source>
        <translation>se ignora la lección activa desconocida «%1»</translation>
    </message>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>No se puede abrir %1: %2.</translation>
    </message>
    <message>
        <source>Cannot open %1: it is %2 MB, far too large for a lesson file.</source>
        <translation>No se puede abrir %1: ocupa %2 MB, demasiado para un archivo de lección.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; should be a list of %n value(s), not %2</source>
        <translation>
            <numerusform>«%1» debería ser una lista de %n valor, no de %2</numerusform>
            <numerusform>«%1» debería ser una lista de %n valores, no de %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LessonState</name>
    <message>
        <source>formula &quot;%1&quot;: %2 (column %3)</source>
        <translation>fórmula «%1»: %2 (columna %3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must give each range as a smaller then a larger number, got %2 and %3</source>
        <translation>«%1» debe dar cada intervalo como un número menor y luego uno mayor; se recibieron %2 y %3</translation>
    </message>
    <message>
        <source>&quot;schedule&quot; must be an object</source>
        <translation>«schedule» debe ser un objeto</translation>
    </message>
    <message>
        <source>&quot;schedule&quot; must name a schedule (%1), got &quot;%2&quot;</source>
        <translation>«schedule» debe nombrar una programación (%1); se recibió «%2»</translation>
    </message>
    <message>
        <source>&quot;schedule&quot;: &quot;%1&quot; must be a %2</source>
        <translation>«schedule»: «%1» debe ser un %2</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>número entero</translation>
    </message>
    <message>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <source>&quot;schedule&quot;: %1</source>
        <translation>«schedule»: %1</translation>
    </message>
    <message>
        <source>&quot;noise&quot; must be a number</source>
        <translation>«noise» debe ser un número</translation>
    </message>
    <message>
        <source>&quot;noise&quot;: %1</source>
        <translation>«noise»: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3, got %4</source>
        <translation>«%1» debe ser un número entero de %2 a %3; se recibió %4</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>«%1» debe ser true o false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must name an optimizer (%2), got &quot;%3&quot;</source>
        <translation>«%1» debe nombrar un optimizador (%2); se recibió «%3»</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <source>Slope at a point</source>
        <translation>Pendiente en un punto</translation>
    </message>
    <message>
        <source>Secant → tangent</source>
        <translation>Secante → tangente</translation>
    </message>
    <message>
        <source>Zoom in until it looks straight</source>
        <translation>Amplía hasta que parezca recta</translation>
    </message>
    <message>
        <source>Numerical derivatives</source>
        <translation>Derivadas numéricas</translation>
    </message>
    <message>
        <source>Autograd</source>
        <translation>Autograd</translation>
    </message>
    <message>
        <source>Partial derivatives and the gradient</source>
        <translation>Derivadas parciales y el gradiente</translation>
    </message>
    <message>
        <source>Gradient descent in 1-D</source>
        <translation>Descenso de gradiente en 1-D</translation>
    </message>
    <message>
        <source>The learning rate</source>
        <translation>La tasa de aprendizaje</translation>
    </message>
    <message>
        <source>Descent on a surface</source>
        <translation>Descenso sobre una superficie</translation>
    </message>
    <message>
        <source>The 3-D loss surface</source>
        <translation>La superficie de pérdida en 3-D</translation>
    </message>
    <message>
        <source>Fitting a line</source>
        <translation>Ajuste de una recta</translation>
    </message>
    <message>
        <source>The 3-D view needs OpenGL, which is not available here.</source>
        <translation>La vista 3-D necesita OpenGL, que no está disponible aquí.</translation>
    </message>
</context>
<context>
    <name>NumberFormat</name>
    <message>
        <source>is</source>
        <translation>está</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <source>Too large for a double: the value exists but is beyond ±1.8·10³⁰⁸.</source>
        <translation>Demasiado grande para un double: el valor existe, pero supera ±1.8·10³⁰⁸.</translation>
    </message>
    <message>
        <source>undefined (vertical tangent)</source>
        <translation>sin definir (tangente vertical)</translation>
    </message>
    <message>
        <source>f has a value here, but its slope grows without bound: the tangent line is vertical, and no number is its slope.</source>
        <translation>f tiene un valor aquí, pero su pendiente crece sin límite: la recta tangente es vertical y ningún número es su pendiente.</translation>
    </message>
    <message>
        <source>Computed value %1: smaller than the round-off of its computation here (about %2), so it cannot be told from 0.</source>
        <translation>Valor calculado %1: menor que el redondeo de su cálculo aquí (unos %2), así que no se distingue de 0.</translation>
    </message>
    <message>
        <source>Computed difference %1: smaller than its round-off here (about %2), so it cannot be told from 0.</source>
        <translation>Diferencia calculada %1: menor que su redondeo aquí (unos %2), así que no se distingue de 0.</translation>
    </message>
</context>
<context>
    <name>Optimizer</name>
    <message>
        <source>Gradient descent</source>
        <translation>Descenso de gradiente</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>Momentum</translation>
    </message>
    <message>
        <source>Newton&apos;s method</source>
        <translation>Método de Newton</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>No se puede escribir %1: %2.</translation>
    </message>
    <message>
        <source>the lesson “%1” has no animation (secant, descent1d and race have one)</source>
        <translation>la lección «%1» no tiene animación (secant, descent1d y race tienen una)</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>la carpeta %1 no existe</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>Cannot draw the figure (3-D drawing needs OpenGL).</source>
        <translation>No se puede dibujar la figura (el dibujo en 3-D necesita OpenGL).</translation>
    </message>
    <message>
        <source>the GIF is not open</source>
        <translation>el GIF no está abierto</translation>
    </message>
    <message>
        <source>a frame has another size than the animation</source>
        <translation>un fotograma tiene un tamaño distinto del de la animación</translation>
    </message>
    <message>
        <source>Cannot write %1: only .pdf and .svg are vector formats.</source>
        <translation>No se puede escribir %1: solo .pdf y .svg son formatos vectoriales.</translation>
    </message>
    <message>
        <source>cannot start drawing</source>
        <translation>no se puede empezar a dibujar</translation>
    </message>
    <message>
        <source>the image could not be compressed</source>
        <translation>no se pudo comprimir la imagen</translation>
    </message>
    <message>
        <source>no OpenGL context can be created on the “%1” Qt platform</source>
        <translation>no se puede crear ningún contexto OpenGL en la plataforma Qt «%1»</translation>
    </message>
    <message>
        <source>an OpenGL context was created but cannot draw on the “%1” Qt platform</source>
        <translation>se creó un contexto OpenGL, pero no puede dibujar en la plataforma Qt «%1»</translation>
    </message>
    <message>
        <source>the OpenGL driver offers version %1.%2; the 3-D view needs 2.1 or later</source>
        <translation>el controlador OpenGL ofrece la versión %1.%2; la vista 3-D necesita la 2.1 o posterior</translation>
    </message>
    <message>
        <source>To see it, start GradLab where OpenGL works: on a desktop session (not with &lt;code&gt;QT_QPA_PLATFORM=offscreen&lt;/code&gt; or &lt;code&gt;minimal&lt;/code&gt;), with an OpenGL driver installed (Mesa&apos;s works everywhere, also without a graphics card: on Debian or Ubuntu &lt;code&gt;sudo apt install libgl1-mesa-dri libglx-mesa0&lt;/code&gt;). Over SSH or remote desktop, run it on the remote machine&apos;s display with Mesa, or under &lt;code&gt;xvfb-run&lt;/code&gt; for export only.</source>
        <translation>Para verla, inicia GradLab donde OpenGL funcione: en una sesión de escritorio (no con &lt;code&gt;QT_QPA_PLATFORM=offscreen&lt;/code&gt; ni &lt;code&gt;minimal&lt;/code&gt;), con un controlador OpenGL instalado (el de Mesa funciona en todas partes, también sin tarjeta gráfica: en Debian o Ubuntu &lt;code&gt;sudo apt install libgl1-mesa-dri libglx-mesa0&lt;/code&gt;). Por SSH o escritorio remoto, ejecútalo en la pantalla de la máquina remota con Mesa, o con &lt;code&gt;xvfb-run&lt;/code&gt; solo para exportar.</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Tolerancia</translation>
    </message>
    <message>
        <source>A run counts as converged when |gradient| falls below this, or when its loss gap to the minimum it approaches has shrunk to this fraction of where it began (between %1 and %2, for example 1e-6).</source>
        <translation>Una ejecución cuenta como convergida cuando |gradiente| baja de este valor, o cuando su diferencia de pérdida respecto al mínimo al que se acerca se ha reducido a esta fracción de la inicial (entre %1 y %2, por ejemplo 1e-6).</translation>
    </message>
    <message>
        <source>The tolerance must be a number between %1 and %2, such as 1e-6; kept %3.</source>
        <translation>La tolerancia debe ser un número entre %1 y %2, como 1e-6; se mantiene %3.</translation>
    </message>
    <message>
        <source>learning rate %1</source>
        <translation>tasa de aprendizaje %1</translation>
    </message>
    <message>
        <source>base learning rate %1, %2 schedule</source>
        <translation>tasa de aprendizaje base %1, programación %2</translation>
    </message>
    <message>
        <source>, noise σ = %1 (seed %2)</source>
        <translation>, ruido σ = %1 (semilla %2)</translation>
    </message>
    <message>
        <source>Cannot write %1: its name has no extension to say which format to write (%2).</source>
        <translation>No se puede escribir %1: su nombre no tiene una extensión que indique el formato (%2).</translation>
    </message>
    <message>
        <source>Cannot write %1: the format &apos;%2&apos; is not one GradLab writes (%3).</source>
        <translation>No se puede escribir %1: GradLab no escribe el formato «%2» (%3).</translation>
    </message>
    <message>
        <source>the folder %1 does not take a new file (the system says: %2)</source>
        <translation>la carpeta %1 no admite un archivo nuevo (el sistema dice: %2)</translation>
    </message>
</context>
<context>
    <name>RunJudgement</name>
    <message>
        <source>steady, error shrinking</source>
        <translation>monótono, el error disminuye</translation>
    </message>
    <message>
        <source>oscillates, error shrinking</source>
        <translation>oscila, el error disminuye</translation>
    </message>
    <message>
        <source>bounces</source>
        <translation>rebota</translation>
    </message>
    <message>
        <source>diverges</source>
        <translation>diverge</translation>
    </message>
    <message>
        <source>too slow</source>
        <translation>demasiado lento</translation>
    </message>
    <message>
        <source>no minimum ahead</source>
        <translation>sin mínimo por delante</translation>
    </message>
    <message>
        <source>unbounded below</source>
        <translation>sin cota inferior</translation>
    </message>
    <message>
        <source>cannot start</source>
        <translation>no puede empezar</translation>
    </message>
    <message>
        <source>already at a minimum</source>
        <translation>ya en un mínimo</translation>
    </message>
    <message>
        <source>stalls on a flat point</source>
        <translation>se estanca en un punto plano</translation>
    </message>
    <message>
        <source>leaves the domain</source>
        <translation>sale del dominio</translation>
    </message>
    <message>
        <source>irregular</source>
        <translation>irregular</translation>
    </message>
    <message>
        <source>wanders (noise)</source>
        <translation>deambula (ruido)</translation>
    </message>
    <message>
        <source>steady but unfinished: no step turns back and the loss never rises, but the steps ran out before the tolerance was met</source>
        <translation>estable pero sin terminar: ningún paso da marcha atrás y la pérdida nunca sube, pero los pasos se acabaron antes de alcanzar la tolerancia</translation>
    </message>
    <message>
        <source>oscillating, unfinished: steps overshoot and turn back and the error shrinks, but the steps ran out before the tolerance was met</source>
        <translation>oscila, sin terminar: los pasos se pasan de largo y dan marcha atrás y el error disminuye, pero los pasos se acabaron antes de alcanzar la tolerancia</translation>
    </message>
    <message>
        <source>converging steadily: no step turns back and the loss never rises</source>
        <translation>converge de forma monótona: ningún paso da marcha atrás y la pérdida nunca sube</translation>
    </message>
    <message>
        <source>oscillating: steps overshoot and turn back, but the error shrinks</source>
        <translation>oscila: los pasos se pasan de largo y dan marcha atrás, pero el error disminuye</translation>
    </message>
    <message>
        <source>bouncing: the steps flip between two sides and, over the last steps, the error barely changes</source>
        <translation>rebota: los pasos saltan de un lado a otro y, en los últimos pasos, el error apenas cambia</translation>
    </message>
    <message>
        <source>diverging: the steps overshoot and the loss grows</source>
        <translation>diverge: los pasos se pasan de largo y la pérdida crece</translation>
    </message>
    <message>
        <source>too slow: the last steps all go the same way, downhill, but are too short to get close in time (the gap to the minimum is still above a thousandth of its start value)</source>
        <translation>demasiado lento: los últimos pasos van todos en el mismo sentido, cuesta abajo, pero son demasiado cortos para acercarse a tiempo (la separación respecto al mínimo sigue por encima de una milésima de su valor inicial)</translation>
    </message>
    <message>
        <source>no minimum ahead: the run is still going downhill and no minimum was found ahead of it</source>
        <translation>sin mínimo por delante: la ejecución sigue bajando y no se encontró ningún mínimo por delante</translation>
    </message>
    <message>
        <source>unbounded: the loss keeps falling, so there is no minimum to reach this way</source>
        <translation>sin cota inferior: la pérdida no deja de bajar, así que por este camino no hay ningún mínimo que alcanzar</translation>
    </message>
    <message>
        <source>no run: the loss or its gradient is undefined at the start</source>
        <translation>sin ejecución: la pérdida o su gradiente no están definidos en el punto inicial</translation>
    </message>
    <message>
        <source>already there: the start is within the tolerance of a minimum, so no step was needed</source>
        <translation>ya está ahí: el punto inicial está dentro de la tolerancia de un mínimo, así que no hizo falta ningún paso</translation>
    </message>
    <message>
        <source>stalled: the gradient fell below the tolerance at a point that is not a minimum</source>
        <translation>se estanca: el gradiente bajó de la tolerancia en un punto que no es un mínimo</translation>
    </message>
    <message>
        <source>left the domain: a step went where the loss is undefined</source>
        <translation>sale del dominio: un paso fue a donde la pérdida no está definida</translation>
    </message>
    <message>
        <source>irregular: the last steps jump about without settling into a pattern</source>
        <translation>irregular: los últimos pasos saltan de un lado a otro sin asentarse en ningún patrón</translation>
    </message>
    <message>
        <source>wandering: the noise added to each gradient is comparable to the pull toward the minimum, so the run jitters instead of settling and its error no longer shrinks steadily</source>
        <translation>deambula: el ruido añadido a cada gradiente es comparable a la atracción hacia el mínimo, así que la ejecución fluctúa en vez de asentarse y su error ya no disminuye de forma monótona</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <source>+infinity</source>
        <translation>+infinito</translation>
    </message>
    <message>
        <source>-infinity</source>
        <translation>-infinito</translation>
    </message>
    <message>
        <source>the minimum (%1 at %2)</source>
        <translation>mínimo (%1 en %2)</translation>
    </message>
    <message>
        <source>%1 (η = %2: the rate of step %3, as the %4 schedule set it from the base rate %5)</source>
        <translation>%1 (η = %2: la tasa del paso %3, tal como la fijó la programación «%4» a partir de la tasa base %5)</translation>
    </message>
    <message>
        <source>%1 has shrunk to %2 of its start value</source>
        <translation>%1 se ha reducido a %2 veces su valor inicial</translation>
    </message>
    <message>
        <source>%1 has not shrunk</source>
        <translation>%1 no se ha reducido</translation>
    </message>
    <message>
        <source>%1 is %2 times its start value</source>
        <translation>%1 es %2 veces su valor inicial</translation>
    </message>
    <message>
        <source>the Hessian&apos;s eigenvalues are %1 and %2</source>
        <translation>los valores propios de la hessiana son %1 y %2</translation>
    </message>
    <message>
        <source>%1 there: f curves down, as near a maximum, not a minimum</source>
        <translation>%1 ahí: f se curva hacia abajo, como cerca de un máximo, no de un mínimo</translation>
    </message>
    <message>
        <source>%1 there: f curves down in one direction, as near a saddle</source>
        <translation>%1 ahí: f se curva hacia abajo en una dirección, como cerca de un punto de silla</translation>
    </message>
    <message>
        <source>%1 there, and f is lower nearby</source>
        <translation>%1 ahí, y f toma valores menores cerca</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>el paso %1</translation>
    </message>
    <message>
        <source>steps %1 and %2</source>
        <translation>los pasos %1 y %2</translation>
    </message>
    <message>
        <source>steps %1, %2 and %3</source>
        <translation>los pasos %1, %2 y %3</translation>
    </message>
    <message numerus="yes">
        <source>%n steps, the first at step %1</source>
        <comment>%n step, the first at step %1</comment>
        <translation>
            <numerusform>%n paso, el primero en el paso %1</numerusform>
            <numerusform>%n pasos, el primero en el paso %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Newton&apos;s method took a plain gradient step (η·∇f) instead of a Newton step for %1: f″ ≤ 0 where it stood, so a Newton step would not go downhill.</source>
        <translation>El método de Newton dio un paso de gradiente simple (η·∇f) en lugar de un paso de Newton en %1: f″ ≤ 0 donde estaba, así que un paso de Newton no iría cuesta abajo.</translation>
    </message>
    <message>
        <source>Newton&apos;s method took a plain gradient step (η·∇f) instead of a Newton step for %1: the Hessian was not positive definite where it stood, so a Newton step would not go downhill.</source>
        <translation>El método de Newton dio un paso de gradiente simple (η·∇f) en lugar de un paso de Newton en %1: la hessiana no era definida positiva donde estaba, así que un paso de Newton no iría cuesta abajo.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>%1, %2 and %3</source>
        <translation>%1, %2 y %3</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2, %3 and %n later stretches</source>
        <comment>%1, %2, %3 and %n later stretch</comment>
        <translation>
            <numerusform>%1, %2, %3 y %n tramo posterior</numerusform>
            <numerusform>%1, %2, %3 y %n tramos posteriores</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 schedule set the rate of step 1 to %2 and of step %3 to %4</source>
        <translation>La programación «%1» fijó la tasa del paso 1 en %2 y la del paso %3 en %4</translation>
    </message>
    <message>
        <source>The %1 schedule set the rate of step 1 to %2</source>
        <translation>La programación «%1» fijó la tasa del paso 1 en %2</translation>
    </message>
    <message>
        <source>lowest %1 at step %2</source>
        <translation>mínima %1 en el paso %2</translation>
    </message>
    <message>
        <source>highest %1 at step %2</source>
        <translation>máxima %1 en el paso %2</translation>
    </message>
    <message>
        <source>near the minimum the critical rate is 2/%1 = %2, which no step&apos;s rate exceeded</source>
        <translation>cerca del mínimo la tasa crítica es 2/%1 = %2, y la tasa de ningún paso la superó</translation>
    </message>
    <message>
        <source>near the minimum the critical rate is 2/%1 = %2, which the rate exceeded at step %3 (there |r| &gt; 1: near the minimum such a step grows the error)</source>
        <translation>cerca del mínimo la tasa crítica es 2/%1 = %2, y la tasa la superó en el paso %3 (ahí |r| &gt; 1: cerca del mínimo un paso así aumenta el error)</translation>
    </message>
    <message>
        <source>near the minimum the critical rate is 2/%1 = %2, which the rate exceeded at steps %3 (there |r| &gt; 1: near the minimum such a step grows the error)</source>
        <translation>cerca del mínimo la tasa crítica es 2/%1 = %2, y la tasa la superó en los pasos %3 (ahí |r| &gt; 1: cerca del mínimo un paso así aumenta el error)</translation>
    </message>
    <message>
        <source>Here each update adds Gaussian noise of standard deviation %1 to each coordinate of the gradient.</source>
        <translation>Aquí cada actualización añade ruido gaussiano de desviación típica %1 a cada coordenada del gradiente.</translation>
    </message>
    <message numerus="yes">
        <source>Over its last %n steps it stayed within %1 of the minimum, its loss at most %2 above the minimum&apos;s: each update adds Gaussian noise of standard deviation %3 to each coordinate of the gradient, and over its last steps the loss gap stopped halving, so it jitters instead of settling.</source>
        <comment>Over its last step it stayed within %1 of the minimum, its loss at most %2 above the minimum&apos;s: each update adds Gaussian noise of standard deviation %3 to each coordinate of the gradient, and over its last steps the loss gap stopped halving, so it jitters instead of settling.</comment>
        <translation>
            <numerusform>En su último paso se mantuvo a menos de %1 del mínimo, con su pérdida como mucho %2 por encima de la del mínimo: cada actualización añade ruido gaussiano de desviación típica %3 a cada coordenada del gradiente, y en sus últimos pasos la separación de pérdida dejó de reducirse a la mitad, así que fluctúa en vez de asentarse.</numerusform>
            <numerusform>En sus últimos %n pasos se mantuvo a menos de %1 del mínimo, con su pérdida como mucho %2 por encima de la del mínimo: cada actualización añade ruido gaussiano de desviación típica %3 a cada coordenada del gradiente, y en sus últimos pasos la separación de pérdida dejó de reducirse a la mitad, así que fluctúa en vez de asentarse.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Over its last %n steps it stayed within %1 of the minimum, its loss at most %2 above the minimum&apos;s: each update adds Gaussian noise of standard deviation %3 to each coordinate of the gradient, larger than the gradient itself there (%4 at most %5), so it jitters instead of settling.</source>
        <comment>Over its last step it stayed within %1 of the minimum, its loss at most %2 above the minimum&apos;s: each update adds Gaussian noise of standard deviation %3 to each coordinate of the gradient, larger than the gradient itself there (%4 at most %5), so it jitters instead of settling.</comment>
        <translation>
            <numerusform>En su último paso se mantuvo a menos de %1 del mínimo, con su pérdida como mucho %2 por encima de la del mínimo: cada actualización añade ruido gaussiano de desviación típica %3 a cada coordenada del gradiente, mayor que el propio gradiente ahí (%4 como mucho %5), así que fluctúa en vez de asentarse.</numerusform>
            <numerusform>En sus últimos %n pasos se mantuvo a menos de %1 del mínimo, con su pérdida como mucho %2 por encima de la del mínimo: cada actualización añade ruido gaussiano de desviación típica %3 a cada coordenada del gradiente, mayor que el propio gradiente ahí (%4 como mucho %5), así que fluctúa en vez de asentarse.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Over its last %n steps it stayed within %1 of the minimum, its loss at most %2 above the minimum&apos;s: each update adds Gaussian noise of standard deviation %3 to each coordinate of the gradient, comparable to the gradient itself there (%4 at most %5), so it jitters instead of settling.</source>
        <comment>Over its last step it stayed within %1 of the minimum, its loss at most %2 above the minimum&apos;s: each update adds Gaussian noise of standard deviation %3 to each coordinate of the gradient, comparable to the gradient itself there (%4 at most %5), so it jitters instead of settling.</comment>
        <translation>
            <numerusform>En su último paso se mantuvo a menos de %1 del mínimo, con su pérdida como mucho %2 por encima de la del mínimo: cada actualización añade ruido gaussiano de desviación típica %3 a cada coordenada del gradiente, comparable al propio gradiente ahí (%4 como mucho %5), así que fluctúa en vez de asentarse.</numerusform>
            <numerusform>En sus últimos %n pasos se mantuvo a menos de %1 del mínimo, con su pérdida como mucho %2 por encima de la del mínimo: cada actualización añade ruido gaussiano de desviación típica %3 a cada coordenada del gradiente, comparable al propio gradiente ahí (%4 como mucho %5), así que fluctúa en vez de asentarse.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>after %n steps the loss is %1</source>
        <comment>after %n step the loss is %1</comment>
        <translation>
            <numerusform>tras %n paso la pérdida es %1</numerusform>
            <numerusform>tras %n pasos la pérdida es %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>after %n steps the loss is %1, still falling</source>
        <comment>after %n step the loss is %1, still falling</comment>
        <translation>
            <numerusform>tras %n paso la pérdida es %1 y sigue bajando</numerusform>
            <numerusform>tras %n pasos la pérdida es %1 y sigue bajando</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>after %n steps the loss is %1, rising at the last step</source>
        <comment>after %n step the loss is %1, rising at the last step</comment>
        <translation>
            <numerusform>tras %n paso la pérdida es %1 y subió en el último paso</numerusform>
            <numerusform>tras %n pasos la pérdida es %1 y subió en el último paso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>after %n steps the loss is %1, unchanged at the last step</source>
        <comment>after %n step the loss is %1, unchanged at the last step</comment>
        <translation>
            <numerusform>tras %n paso la pérdida es %1, sin cambios en el último paso</numerusform>
            <numerusform>tras %n pasos la pérdida es %1, sin cambios en el último paso</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready at the start (the loss is %1): no step taken yet.</source>
        <translation>Lista para empezar en el punto inicial (la pérdida es %1): aún no se ha dado ningún paso.</translation>
    </message>
    <message>
        <source>Step %1: the loss is %2.</source>
        <translation>Paso %1: la pérdida es %2.</translation>
    </message>
    <message>
        <source>Step %1: the loss is %2, still falling.</source>
        <translation>Paso %1: la pérdida es %2 y sigue bajando.</translation>
    </message>
    <message>
        <source>Step %1: the loss is %2, rising at the last step.</source>
        <translation>Paso %1: la pérdida es %2 y subió en el último paso.</translation>
    </message>
    <message>
        <source>Step %1: the loss is %2, unchanged at the last step.</source>
        <translation>Paso %1: la pérdida es %2, sin cambios en el último paso.</translation>
    </message>
    <message>
        <source>Diverged at step %1: %2.</source>
        <translation>Divergió en el paso %1: %2.</translation>
    </message>
    <message>
        <source>Converged at step %1: %2 = %3 fell below the tolerance %4; the loss is %5.</source>
        <translation>Convergió en el paso %1: %2 = %3 bajó de la tolerancia %4; la pérdida es %5.</translation>
    </message>
    <message>
        <source>its gap to %1</source>
        <translation>su separación respecto al %1</translation>
    </message>
    <message>
        <source>Converged: %1 fell below %2 of its start value; %3 (%4 of the start value).</source>
        <translation>Convergió: %1 quedó por debajo de %2 veces su valor inicial; %3 (%4 veces el valor inicial).</translation>
    </message>
    <message>
        <source>Not converged: %1; %2 (converged means below %3 of it).</source>
        <translation>No convergió: %1; %2 (converger significa quedar por debajo de %3 de ese valor).</translation>
    </message>
    <message>
        <source>Not converged: %1; %2 (converged means below %3 of it); no minimum was found ahead.</source>
        <translation>No convergió: %1; %2 (converger significa quedar por debajo de %3 de ese valor); no se encontró ningún mínimo por delante.</translation>
    </message>
    <message>
        <source>Near %1, %2: to first order each step only flips the error&apos;s sign.</source>
        <translation>Cerca del %1, %2: a primer orden, cada paso solo cambia el signo del error.</translation>
    </message>
    <message>
        <source>Near %1, %2: the steps are too large to settle into the minimum.</source>
        <translation>Cerca del %1, %2: los pasos son demasiado grandes para asentarse en el mínimo.</translation>
    </message>
    <message>
        <source>Near %1, %2.</source>
        <translation>Cerca del %1, %2.</translation>
    </message>
    <message>
        <source>Cannot start here: %1. Move the start into the function&apos;s domain.</source>
        <translation>No puede empezar aquí: %1. Mueve el punto inicial al dominio de la función.</translation>
    </message>
    <message>
        <source>the loss is undefined</source>
        <translation>la pérdida no está definida</translation>
    </message>
    <message>
        <source>Stopped at step %1: %2. The loss keeps falling, so there is no minimum to reach this way.</source>
        <translation>Se detuvo en el paso %1: %2. La pérdida no deja de bajar, así que por este camino no hay ningún mínimo que alcanzar.</translation>
    </message>
    <message>
        <source>Stopped at step %1: %2, so the step left the function&apos;s domain.</source>
        <translation>Se detuvo en el paso %1: %2, así que el paso salió del dominio de la función.</translation>
    </message>
    <message>
        <source>Already there: %1 = %2 at the start is below the tolerance %3, so no step was taken.</source>
        <translation>Ya está ahí: %1 = %2 en el punto inicial está por debajo de la tolerancia %3, así que no se dio ningún paso.</translation>
    </message>
    <message>
        <source>Stopped at step %1 where f is nearly flat but not at a minimum: %2 = %3 fell below the tolerance %4; %5.</source>
        <translation>Se detuvo en el paso %1, donde f es casi plana pero no hay un mínimo: %2 = %3 bajó de la tolerancia %4; %5.</translation>
    </message>
    <message>
        <source>Stopped at step %1 where f is nearly flat but not at a minimum: %2 = %3 fell below the tolerance %4.</source>
        <translation>Se detuvo en el paso %1, donde f es casi plana pero no hay un mínimo: %2 = %3 bajó de la tolerancia %4.</translation>
    </message>
    <message>
        <source>too few steps to tell</source>
        <translation>demasiado pocos pasos para juzgar</translation>
    </message>
    <message>
        <source>too few steps to tell: the run is too short to show how it moves; give it more steps</source>
        <translation>demasiado pocos pasos para juzgar: la ejecución es demasiado corta para mostrar cómo avanza; dale más pasos</translation>
    </message>
    <message>
        <source>frozen by the schedule</source>
        <translation>congelado por la programación</translation>
    </message>
    <message>
        <source>frozen by the schedule: the schedule shrank the learning rate below a millionth of its start before the last quarter of the run, so the late steps barely move; more steps cannot help: let the rate decay more slowly or stop it at a floor</source>
        <translation>congelado por la programación: la programación redujo la tasa de aprendizaje por debajo de una millonésima de su valor inicial antes del último cuarto de la ejecución, así que los últimos pasos apenas se mueven; más pasos no ayudarán: haz que la tasa decaiga más despacio o ponle un mínimo</translation>
    </message>
    <message>
        <source>It ran on to its step limit all the same: a run stops early only once %1 falls below the tolerance %2, and it was %3 at the last step.</source>
        <translation>Aun así siguió hasta su límite de pasos: una ejecución solo se detiene antes cuando %1 baja de la tolerancia %2, y en el último paso era %3.</translation>
    </message>
    <message>
        <source>Near %1 each step multiplies the error by %2. As r &lt; −1, each step lands on the other side of the minimum, farther from it than before: that rate is too large there (above %3).</source>
        <translation>Cerca del %1, cada paso multiplica el error por %2. Como r &lt; −1, cada paso cae al otro lado del mínimo, más lejos de él que antes: esa tasa es demasiado grande ahí (mayor que %3).</translation>
    </message>
    <message>
        <source>Near %1 each step multiplies the error by %2. As r &lt; −1, each step lands on the other side of the minimum, farther from it than before: the learning rate is too large there (above %3).</source>
        <translation>Cerca del %1, cada paso multiplica el error por %2. Como r &lt; −1, cada paso cae al otro lado del mínimo, más lejos de él que antes: la tasa de aprendizaje es demasiado grande ahí (mayor que %3).</translation>
    </message>
    <message>
        <source>Converged: %1 fell below %2 of its start value at step %3 and stayed below; %4 (%5 of the start value).</source>
        <translation>Convergió: %1 quedó por debajo de %2 veces su valor inicial en el paso %3 y siguió por debajo; %4 (%5 veces el valor inicial).</translation>
    </message>
    <message numerus="yes">
        <source>oscillating: steps overshoot and turn back; the loss rose at %n of its %1 steps, but over the last steps taken together the error shrinks</source>
        <comment>oscillating: steps overshoot and turn back; the loss rose at %n of its %1 steps, but over the last steps taken together the error shrinks</comment>
        <translation>
            <numerusform>oscila: los pasos se pasan de largo y dan marcha atrás; la pérdida subió en %n de sus %1 pasos, pero en el conjunto de los últimos pasos el error disminuye</numerusform>
            <numerusform>oscila: los pasos se pasan de largo y dan marcha atrás; la pérdida subió en %n de sus %1 pasos, pero en el conjunto de los últimos pasos el error disminuye</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>oscillating, unfinished: steps overshoot and turn back; the loss rose at %n of its %1 steps, and over the last steps taken together the error shrinks, but the steps ran out before the tolerance was met</source>
        <comment>oscillating, unfinished: steps overshoot and turn back; the loss rose at %n of its %1 steps, and over the last steps taken together the error shrinks, but the steps ran out before the tolerance was met</comment>
        <translation>
            <numerusform>oscila, sin terminar: los pasos se pasan de largo y dan marcha atrás; la pérdida subió en %n de sus %1 pasos, y en el conjunto de los últimos pasos el error disminuye, pero los pasos se acabaron antes de alcanzar la tolerancia</numerusform>
            <numerusform>oscila, sin terminar: los pasos se pasan de largo y dan marcha atrás; la pérdida subió en %n de sus %1 pasos, y en el conjunto de los últimos pasos el error disminuye, pero los pasos se acabaron antes de alcanzar la tolerancia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>irregular: the last %1 steps all go the same way, yet the loss rose at %n of them: the run is carried uphill and has not turned back yet</source>
        <comment>irregular: the last %1 steps all go the same way, yet the loss rose at %n of them: the run is carried uphill and has not turned back yet</comment>
        <translation>
            <numerusform>irregular: los últimos %1 pasos van todos en la misma dirección, pero la pérdida subió en %n de ellos: la ejecución es arrastrada cuesta arriba y aún no ha dado la vuelta</numerusform>
            <numerusform>irregular: los últimos %1 pasos van todos en la misma dirección, pero la pérdida subió en %n de ellos: la ejecución es arrastrada cuesta arriba y aún no ha dado la vuelta</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <source>Constant</source>
        <translation>Constante</translation>
    </message>
    <message>
        <source>Step decay</source>
        <translation>Escalonada</translation>
    </message>
    <message>
        <source>Exponential decay</source>
        <translation>Exponencial</translation>
    </message>
    <message>
        <source>Cosine annealing</source>
        <translation>Coseno</translation>
    </message>
    <message>
        <source>Warm-up, then cosine</source>
        <translation>Calentamiento y coseno</translation>
    </message>
</context>
<context>
    <name>ScheduleWord</name>
    <message>
        <source>constant</source>
        <translation>constante</translation>
    </message>
    <message>
        <source>step</source>
        <translation>escalonada</translation>
    </message>
    <message>
        <source>exponential</source>
        <translation>exponencial</translation>
    </message>
    <message>
        <source>cosine</source>
        <translation>coseno</translation>
    </message>
    <message>
        <source>warmup-cosine</source>
        <translation>calentamiento y coseno</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>%1 must be a whole number of at least 1, got %2</source>
        <translation>%1 debe ser un número entero de al menos 1; se recibió %2</translation>
    </message>
    <message>
        <source>%1 must be greater than 0 and at most 1, got %2</source>
        <translation>%1 debe ser mayor que 0 y como mucho 1; se recibió %2</translation>
    </message>
    <message>
        <source>%1 must be a whole number of at least 1 and less than %2 (%3), got %4</source>
        <translation>%1 debe ser un número entero de al menos 1 y menor que %2 (%3); se recibió %4</translation>
    </message>
    <message>
        <source>%1 must be 0 or positive, got %2</source>
        <translation>%1 debe ser 0 o positivo; se recibió %2</translation>
    </message>
</context>
<context>
    <name>StateCaption</name>
    <message>
        <source>Optimizer state: gradient descent and Newton&apos;s method keep none, so nothing is drawn.</source>
        <translation>Estado del optimizador: el descenso de gradiente y el método de Newton no guardan ninguno, así que no se dibuja nada.</translation>
    </message>
    <message>
        <source>Optimizer state, drawn from where each update started (the latest strong, earlier ones faded).</source>
        <translation>Estado del optimizador, dibujado desde donde empezó cada actualización (la última intensa, las anteriores atenuadas).</translation>
    </message>
    <message>
        <source>Momentum, Nesterov: solid arrow −η·v, the velocity v (torch&apos;s momentum_buffer) after the update, times the rate (momentum&apos;s update itself); dashed −η·g, the step the gradient alone would take.</source>
        <translation>Momentum, Nesterov: flecha continua −η·v, la velocidad v (momentum_buffer de torch) tras la actualización, multiplicada por la tasa (la propia actualización de momentum); discontinua −η·g, el paso que daría el gradiente solo.</translation>
    </message>
    <message>
        <source>Adam: solid arrow −η·m/(√v + ε), m and v its averages bias-corrected (exp_avg/(1 − β₁ᵗ), exp_avg_sq/(1 − β₂ᵗ)): the update it took; dashed −η·g/(√v + ε), the same with the raw gradient g in place of the smoothed m.</source>
        <translation>Adam: flecha continua −η·m/(√v + ε), con m y v sus medias corregidas de sesgo (exp_avg/(1 − β₁ᵗ), exp_avg_sq/(1 − β₂ᵗ)): la actualización que aplicó; discontinua −η·g/(√v + ε), lo mismo con el gradiente sin suavizar g en lugar de la media suavizada m.</translation>
    </message>
    <message>
        <source>Bar (Adagrad, RMSprop, Adam), drawn just below the arrow: half-width |Δw|, the update taken: the effective step size below times the gradient (for Adam times the bias-corrected m/(1 − β₁ᵗ) instead).</source>
        <translation>Barra (Adagrad, RMSprop, Adam), dibujada justo debajo de la flecha: semiancho |Δw|, la actualización aplicada: el tamaño del paso efectivo de abajo por el gradiente (en Adam, por la m corregida de sesgo m/(1 − β₁ᵗ) en lugar del gradiente).</translation>
    </message>
    <message>
        <source>Box (Adagrad, RMSprop, Adam): half-widths |Δx|, |Δy|, the update taken in each coordinate (it lands on a corner): the per-coordinate step size below times the gradient (for Adam times the bias-corrected m/(1 − β₁ᵗ) instead).</source>
        <translation>Caja (Adagrad, RMSprop, Adam): semianchos |Δx|, |Δy|, la actualización aplicada en cada coordenada (termina en una esquina): el tamaño del paso por coordenada de abajo por el gradiente (en Adam, por la m corregida de sesgo m/(1 − β₁ᵗ) en lugar del gradiente).</translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <source>Too short to read at this zoom, the marks are drawn longer than the update: %1 (divide what you see by that factor; zoom in for the true lengths).</source>
        <translation>Demasiado cortas para leerlas con este zoom, las marcas se dibujan más largas que la actualización: %1 (divide lo que ves por ese factor; amplía para ver las longitudes reales).</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 para %2</translation>
    </message>
    <message>
        <source>%1, update %2: %3 = %4, so %5</source>
        <translation>%1, actualización %2: %3 = %4, así que %5</translation>
    </message>
</context>
<context>
    <name>StepExplanation</name>
    <message>
        <source>v ← g (the first update starts the velocity at the gradient)</source>
        <translation>v ← g (la primera actualización inicia la velocidad en el gradiente)</translation>
    </message>
    <message>
        <source>f″ = %1 is not positive: the parabola through this point has no minimum to jump to, so Newton&apos;s method takes a gradient step.</source>
        <translation>f″ = %1 no es positiva: la parábola que pasa por este punto no tiene ningún mínimo al que saltar, así que el método de Newton da un paso de gradiente.</translation>
    </message>
    <message>
        <source>θ ← θ − η·g/f″  (the minimum of the parabola with slope g and curvature f″, for η = 1)</source>
        <translation>θ ← θ − η·g/f″  (el mínimo de la parábola de pendiente g y curvatura f″, para η = 1)</translation>
    </message>
    <message>
        <source>H is not positive definite (det H = %1, %2 = %3): the local quadratic model has no minimum to jump to, so Newton&apos;s method takes a gradient step.</source>
        <translation>H no es definida positiva (det H = %1, %2 = %3): el modelo cuadrático local no tiene ningún mínimo al que saltar, así que el método de Newton da un paso de gradiente.</translation>
    </message>
    <message>
        <source>d ← H⁻¹·g  (solving H·d = g)</source>
        <translation>d ← H⁻¹·g  (resolviendo H·d = g)</translation>
    </message>
    <message>
        <source>velocity</source>
        <translation>velocidad</translation>
    </message>
    <message>
        <source>accumulated G (sum of g²)</source>
        <translation>G acumulado (suma de g²)</translation>
    </message>
    <message>
        <source>mean square of g</source>
        <translation>media de los cuadrados de g</translation>
    </message>
    <message>
        <source>first moment (mean of g)</source>
        <translation>primer momento (media de g)</translation>
    </message>
    <message>
        <source>second moment (mean of g²)</source>
        <translation>segundo momento (media de g²)</translation>
    </message>
    <message>
        <source>m bias-corrected</source>
        <translation>m con corrección de sesgo</translation>
    </message>
    <message>
        <source>v bias-corrected</source>
        <translation>v con corrección de sesgo</translation>
    </message>
    <message>
        <source>g = ∇f(θ) + noise: the gradient this update used</source>
        <translation>g = ∇f(θ) + ruido: el gradiente que usó esta actualización</translation>
    </message>
    <message>
        <source>With gradient noise, the update used g, not the true gradient ∇f(θ).</source>
        <translation>Con ruido del gradiente, la actualización usó g, no el gradiente verdadero ∇f(θ).</translation>
    </message>
</context>
<context>
    <name>StopWording</name>
    <message>
        <source>|%1| reached %2 at step %3; stopped: %4</source>
        <translation>|%1| alcanzó %2 en el paso %3; se detuvo: %4</translation>
    </message>
    <message>
        <source>|%1| reached %2 at step %3; still growing at the last step</source>
        <translation>|%1| alcanzó %2 en el paso %3; seguía creciendo en el último paso</translation>
    </message>
    <message>
        <source>|%1| reached %2 at step %3</source>
        <translation>|%1| alcanzó %2 en el paso %3</translation>
    </message>
</context>
<context>
    <name>gradlab::AutogradFigure</name>
    <message>
        <source>Gradient comparison</source>
        <translation>Comparación de gradientes</translation>
    </message>
    <message>
        <source>Backward through %1 (grad %2): its inputs are constants, which take no gradient.</source>
        <translation>Hacia atrás a través de %1 (grad %2): sus entradas son constantes, que no reciben gradiente.</translation>
    </message>
    <message>
        <source>to %1: %2 × %3 %4 %5</source>
        <translation>a %1: %2 × %3 %4 %5</translation>
    </message>
    <message>
        <source>Backward through %1 (grad %2). Chain rule, upstream gradient × local derivative (the number on the arrow) = what the input receives: %3.</source>
        <translation>Hacia atrás a través de %1 (grad %2). Regla de la cadena, gradiente de arriba × derivada local (el número de la flecha) = lo que recibe la entrada: %3.</translation>
    </message>
    <message>
        <source>at %1 = %2</source>
        <translation>en %1 = %2</translation>
    </message>
    <message>
        <source>Forward pass at %1 = %2: every operation records its inputs and its value, f = %3. The number on each arrow is the operation&apos;s local derivative by that input. Press Backward to send the gradient back through the graph.</source>
        <translation>Propagación hacia delante en %1 = %2: cada operación registra sus entradas y su valor, f = %3. El número de cada flecha es la derivada local de la operación respecto a esa entrada. Pulsa Retropropagar para enviar el gradiente hacia atrás por el grafo.</translation>
    </message>
    <message>
        <source>Backward pass complete, but f%1 is undefined (%2): no gradient here. PyTorch would still report %3.grad = %4 and %5.grad = %6 from the local rules.</source>
        <translation>Propagación hacia atrás completa, pero f%1 no está definida (%2): aquí no hay gradiente. PyTorch seguiría dando %3.grad = %4 y %5.grad = %6 según las reglas locales.</translation>
    </message>
    <message>
        <source>Backward pass complete: %1.grad = %2 and %3.grad = %4, as PyTorch&apos;s loss.backward() would give.</source>
        <translation>Propagación hacia atrás completa: %1.grad = %2 y %3.grad = %4, como daría loss.backward() de PyTorch.</translation>
    </message>
    <message>
        <source>This is how a neuron learns its weight: one gradient-descent step with rate η moves %1 to %1 − η·%2 and %3 to %3 − η·%4, downhill on this example&apos;s loss.</source>
        <translation>Así aprende una neurona su peso: un paso de descenso de gradiente con tasa η mueve %1 a %1 − η·%2 y %3 a %3 − η·%4, cuesta abajo en la pérdida de este ejemplo.</translation>
    </message>
    <message>
        <source>∂f/∂%1: reverse-mode AD &lt;b&gt;%2&lt;/b&gt; &amp;nbsp;|&amp;nbsp; symbolic %3 = &lt;b&gt;%4&lt;/b&gt; &amp;nbsp;|&amp;nbsp; central difference &lt;b&gt;%5&lt;/b&gt;</source>
        <translation>∂f/∂%1: AD en modo inverso &lt;b&gt;%2&lt;/b&gt; &amp;#160;|&amp;#160; simbólica %3 = &lt;b&gt;%4&lt;/b&gt; &amp;#160;|&amp;#160; diferencia central &lt;b&gt;%5&lt;/b&gt;</translation>
    </message>
    <message>
        <source>✔ AD and symbolic agree for both variables</source>
        <translation>✔ AD y simbólica coinciden para ambas variables</translation>
    </message>
    <message>
        <source>✘ AD and symbolic do not agree here (%1)</source>
        <translation>✘ AD y simbólica no coinciden aquí (%1)</translation>
    </message>
    <message>
        <source>Backward pass complete, but f(%1) is undefined (%2): %3 = %1 is outside the domain, so f has no gradient here. PyTorch would still report %3.grad = %4 from the local rules: a number, not a slope.</source>
        <translation>Propagación hacia atrás completa, pero f(%1) no está definida (%2): %3 = %1 está fuera del dominio, así que f no tiene gradiente aquí. PyTorch seguiría dando %3.grad = %4 según las reglas locales: un número, no una pendiente.</translation>
    </message>
    <message>
        <source>Backward pass complete: PyTorch&apos;s loss.backward() would report %1.grad = %2, its convention at a corner (abs and relu count their slope at 0 as 0). The true derivative does not exist here: the one-sided slopes differ.</source>
        <translation>Propagación hacia atrás completa: loss.backward() de PyTorch daría %1.grad = %2, su convención en un punto anguloso (abs y relu toman su pendiente en 0 como 0). La derivada verdadera no existe aquí: las pendientes laterales son distintas.</translation>
    </message>
    <message>
        <source>Backward pass complete: PyTorch would print %1.grad = %2. The derivative is undefined here (vertical tangent): the slope grows without bound.</source>
        <translation>Propagación hacia atrás completa: PyTorch mostraría %1.grad = %2. La derivada no está definida aquí (tangente vertical): la pendiente crece sin límite.</translation>
    </message>
    <message>
        <source>Backward pass complete: PyTorch would print %1.grad = %2; the slope is not finite here.</source>
        <translation>Propagación hacia atrás completa: PyTorch mostraría %1.grad = %2; aquí la pendiente no es finita.</translation>
    </message>
    <message>
        <source>Backward pass complete: %1.grad = %2, as PyTorch&apos;s loss.backward() would give.</source>
        <translation>Propagación hacia atrás completa: %1.grad = %2, como daría loss.backward() de PyTorch.</translation>
    </message>
    <message>
        <source>✔ AD and symbolic agree</source>
        <translation>✔ AD y simbólica coinciden</translation>
    </message>
    <message>
        <source>✘ they differ</source>
        <translation>✘ no coinciden</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <source>✘ nothing to compare: f(%1) is undefined, %2 = %1 is outside the function&apos;s domain (%3), so f has no derivative there</source>
        <translation>✘ nada que comparar: f(%1) no está definida, %2 = %1 está fuera del dominio de la función (%3), así que f no tiene derivada ahí</translation>
    </message>
    <message>
        <source>%1 (PyTorch&apos;s convention)</source>
        <translation>%1 (convención de PyTorch)</translation>
    </message>
    <message>
        <source>undefined (corner)</source>
        <translation>sin definir (punto anguloso)</translation>
    </message>
    <message>
        <source>✘ no derivative at %1 = %2: a corner, the one-sided slopes differ (%3 from the left, %4 from the right)</source>
        <translation>✘ no hay derivada en %1 = %2: un punto anguloso, las pendientes laterales son distintas (%3 por la izquierda, %4 por la derecha)</translation>
    </message>
    <message>
        <source>undefined (vertical tangent; PyTorch prints %1)</source>
        <translation>sin definir (tangente vertical; PyTorch muestra %1)</translation>
    </message>
    <message>
        <source>undefined (vertical tangent)</source>
        <translation>sin definir (tangente vertical)</translation>
    </message>
    <message>
        <source>✘ no derivative at %1 = %2: a vertical tangent, the difference quotients grow without bound as h shrinks</source>
        <translation>✘ no hay derivada en %1 = %2: una tangente vertical, los cocientes de diferencias crecen sin límite al reducir h</translation>
    </message>
    <message>
        <source>✘ nothing to compare: f(%1) is defined but its slope is not finite there</source>
        <translation>✘ nada que comparar: f(%1) está definida, pero su pendiente no es finita ahí</translation>
    </message>
    <message>
        <source>undefined as written (0/0)</source>
        <translation>sin definir tal como está escrita (0/0)</translation>
    </message>
    <message>
        <source>✔ the slope exists and AD gives it: f′(%1) = %2 (the one-sided difference quotients agree and shrink towards it); the symbolic formula is 0/0 there as written, not a corner</source>
        <translation>✔ la pendiente existe y AD la da: f′(%1) = %2 (los cocientes de diferencias laterales coinciden y tienden a ella); la fórmula simbólica es 0/0 ahí tal como está escrita, no es un punto anguloso</translation>
    </message>
    <message>
        <source>✘ the slope exists, f′(%1) ≈ %2 by the one-sided difference quotients, but AD gives %3 and the symbolic formula is 0/0 there as written</source>
        <translation>✘ la pendiente existe, f′(%1) ≈ %2 según los cocientes de diferencias laterales, pero AD da %3 y la fórmula simbólica es 0/0 ahí tal como está escrita</translation>
    </message>
    <message>
        <source>reverse-mode AD &lt;b&gt;%1&lt;/b&gt; &amp;nbsp;|&amp;nbsp; symbolic f′(%2) = %3 = &lt;b&gt;%4&lt;/b&gt; &amp;nbsp;|&amp;nbsp; central difference &lt;b&gt;%5&lt;/b&gt;&lt;br&gt;&lt;span style=&apos;color:%6&apos;&gt;%7&lt;/span&gt;</source>
        <translation>AD en modo inverso &lt;b&gt;%1&lt;/b&gt; &amp;#160;|&amp;#160; simbólica f′(%2) = %3 = &lt;b&gt;%4&lt;/b&gt; &amp;#160;|&amp;#160; diferencia central &lt;b&gt;%5&lt;/b&gt;&lt;br&gt;&lt;span style=&apos;color:%6&apos;&gt;%7&lt;/span&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%1 feeds %n arrow(s), so its gradient is the sum: ∂f/∂%1 = %2 %3 %4.</source>
        <translation>
            <numerusform>%1 alimenta %n flecha, así que su gradiente es la suma: ∂f/∂%1 = %2 %3 %4.</numerusform>
            <numerusform>%1 alimenta %n flechas, así que su gradiente es la suma: ∂f/∂%1 = %2 %3 %4.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gradlab::AutogradLesson</name>
    <message>
        <source>Neuron: (y − σ(w·x + b))², x = 1.5, y = 1</source>
        <translation>Neurona: (y − σ(w·x + b))², x = 1.5, y = 1</translation>
    </message>
    <message>
        <source>&quot;second&quot; must be a number</source>
        <translation>«second» debe ser un número</translation>
    </message>
    <message>
        <source>--at needs one coordinate for a formula of one variable, got 2</source>
        <translation>--at necesita una coordenada para una fórmula de una variable; se recibieron 2</translation>
    </message>
    <message>
        <source>Change the input value</source>
        <translation>Cambiar el valor de entrada</translation>
    </message>
</context>
<context>
    <name>gradlab::AutogradView</name>
    <message>
        <source>Input value</source>
        <translation>Valor de entrada</translation>
    </message>
    <message>
        <source>&amp;Input value</source>
        <translation>Valor de &amp;entrada</translation>
    </message>
    <message>
        <source>Second input</source>
        <translation>Segunda entrada</translation>
    </message>
    <message>
        <source>Second input value</source>
        <translation>Valor de la segunda entrada</translation>
    </message>
    <message>
        <source>&amp;Backward ▸</source>
        <extracomment>Button: the next step of the backward pass (autograd&apos;s backward(), not a direction)</extracomment>
        <translation>Retro&amp;propagar ▸</translation>
    </message>
    <message>
        <source>Process the next node of the backward pass</source>
        <translation>Procesar el siguiente nodo de la propagación hacia atrás</translation>
    </message>
    <message>
        <source>Run &amp;all</source>
        <extracomment>Button: process every remaining node of the backward pass at once</extracomment>
        <translation>Ejecutar &amp;todo</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <extracomment>Button: forget the backward pass and start it again</extracomment>
        <translation>&amp;Reiniciar</translation>
    </message>
</context>
<context>
    <name>gradlab::CodePanel</name>
    <message>
        <source>Code</source>
        <translation>Código</translation>
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
        <translation>Python simple y NumPy, con la derivada escrita a mano</translation>
    </message>
    <message>
        <source>PyTorch: tensors with requires_grad, backward(), torch.optim</source>
        <translation>PyTorch: tensores con requires_grad, backward(), torch.optim</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the script to the clipboard</source>
        <translation>Copiar el script al portapapeles</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>&amp;Guardar como…</translation>
    </message>
    <message>
        <source>Save the script as a .py file</source>
        <translation>Guardar el script como archivo .py</translation>
    </message>
    <message>
        <source>Python script</source>
        <translation>Script de Python</translation>
    </message>
    <message>
        <source>No lesson is shown.</source>
        <translation>No se muestra ninguna lección.</translation>
    </message>
    <message>
        <source>No %1 script: %2</source>
        <translation>No hay script de %1: %2</translation>
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
            <numerusform>Se copió el script de %1 (%n línea) al portapapeles.</numerusform>
            <numerusform>Se copió el script de %1 (%n líneas) al portapapeles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Script</source>
        <translation>Guardar script</translation>
    </message>
    <message>
        <source>Python scripts (*.py)</source>
        <translation>Scripts de Python (*.py)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Se guardó %1.</translation>
    </message>
</context>
<context>
    <name>gradlab::ContourFigure</name>
    <message>
        <source>Contour map with gradient</source>
        <translation>Mapa de curvas de nivel con el gradiente</translation>
    </message>
    <message>
        <source>point</source>
        <translation>punto</translation>
    </message>
    <message>
        <source>Slice along x</source>
        <translation>Corte a lo largo de x</translation>
    </message>
    <message>
        <source>Slice along y</source>
        <translation>Corte a lo largo de y</translation>
    </message>
    <message>
        <source>Gradient readouts</source>
        <translation>Lecturas del gradiente</translation>
    </message>
    <message>
        <source>f or its gradient is not defined here.</source>
        <translation>f o su gradiente no está definido aquí.</translation>
    </message>
    <message>
        <source>∇f ≈ 0 here (|∇f| = %1, under %2 of this function&apos;s typical slope %3): a flat point, with no arrows to draw.</source>
        <translation>∇f ≈ 0 aquí (|∇f| = %1, menos de %2 de la pendiente típica de esta función, %3): un punto plano, sin flechas que dibujar.</translation>
    </message>
    <message>
        <source>The Hessian&apos;s eigenvalues %1 and %2 are both positive: a &lt;b&gt;minimum&lt;/b&gt;, the surface curves up in every direction.</source>
        <translation>Los valores propios de la hessiana, %1 y %2, son ambos positivos: un &lt;b&gt;mínimo&lt;/b&gt;; la superficie se curva hacia arriba en todas las direcciones.</translation>
    </message>
    <message>
        <source>The Hessian&apos;s eigenvalues %1 and %2 are both negative: a &lt;b&gt;maximum&lt;/b&gt;, the surface curves down in every direction.</source>
        <translation>Los valores propios de la hessiana, %1 y %2, son ambos negativos: un &lt;b&gt;máximo&lt;/b&gt;; la superficie se curva hacia abajo en todas las direcciones.</translation>
    </message>
    <message>
        <source>The Hessian&apos;s eigenvalues %1 and %2 have opposite signs: a &lt;b&gt;saddle point&lt;/b&gt;, up one way and down another.</source>
        <translation>Los valores propios de la hessiana, %1 y %2, tienen signos opuestos: un &lt;b&gt;punto de silla&lt;/b&gt;, sube en una dirección y baja en otra.</translation>
    </message>
    <message>
        <source>%1 nearby points, up to %2 away,</source>
        <translation>%1 puntos cercanos, hasta %2 de distancia,</translation>
    </message>
    <message>
        <source>f is not defined around it, so the kind of point is unknown.</source>
        <translation>f no está definida a su alrededor, así que no se sabe de qué tipo es el punto.</translation>
    </message>
    <message>
        <source>f is no lower at any of %1 so it is a &lt;b&gt;minimum&lt;/b&gt; (as far as those probes see).</source>
        <translation>f no es menor en ninguno de los %1 así que es un &lt;b&gt;mínimo&lt;/b&gt; (hasta donde ven esas sondas).</translation>
    </message>
    <message>
        <source>f is no higher at any of %1 so it is a &lt;b&gt;maximum&lt;/b&gt; (as far as those probes see).</source>
        <translation>f no es mayor en ninguno de los %1 así que es un &lt;b&gt;máximo&lt;/b&gt; (hasta donde ven esas sondas).</translation>
    </message>
    <message>
        <source>Among %1 f is lower at some and higher at others: &lt;b&gt;neither a minimum nor a maximum&lt;/b&gt;.</source>
        <translation>Entre %1 f es menor en algunos y mayor en otros: &lt;b&gt;ni mínimo ni máximo&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>f has the same value at all %1 flat all around.</source>
        <translation>f tiene el mismo valor en todos los %1 así que es plana en todo el entorno.</translation>
    </message>
    <message>
        <source>The Hessian&apos;s eigenvalues are %1 and %2: it is singular (a degenerate flat point), so second derivatives &lt;b&gt;cannot tell&lt;/b&gt; what kind of point this is.</source>
        <translation>Los valores propios de la hessiana son %1 y %2: es singular (un punto plano degenerado), así que las segundas derivadas &lt;b&gt;no permiten saber&lt;/b&gt; de qué tipo es este punto.</translation>
    </message>
    <message>
        <source>The gradient points uphill, at right angles to the contour through the point; −∇f points downhill. Each slice&apos;s tangent has the slope of one partial derivative.</source>
        <translation>El gradiente apunta cuesta arriba, perpendicular a la curva de nivel que pasa por el punto; −∇f apunta cuesta abajo. La tangente de cada corte tiene la pendiente de una derivada parcial.</translation>
    </message>
    <message>
        <source> The surface is nearly flat here, but not flat: zoom in to see the arrows.</source>
        <translation> La superficie es casi plana aquí, pero no plana: amplía para ver las flechas.</translation>
    </message>
    <message>
        <source>%1: curves up</source>
        <translation>%1: se curva hacia arriba</translation>
    </message>
    <message>
        <source>%1: curves down</source>
        <translation>%1: se curva hacia abajo</translation>
    </message>
    <message>
        <source>%1: straight</source>
        <translation>%1: recta</translation>
    </message>
    <message>
        <source>The Hessian is not defined here.</source>
        <translation>La hessiana no está definida aquí.</translation>
    </message>
    <message>
        <source>Hessian H: %1</source>
        <translation>Hessiana H: %1</translation>
    </message>
    <message>
        <source>Both positive: near here the surface is &lt;b&gt;bowl-shaped&lt;/b&gt;, curving up in every direction (but this is no minimum: ∇f is not 0).</source>
        <translation>Ambos positivos: cerca de aquí la superficie tiene &lt;b&gt;forma de cuenco&lt;/b&gt;, se curva hacia arriba en todas las direcciones (pero no es un mínimo: ∇f no es 0).</translation>
    </message>
    <message>
        <source>Both negative: near here the surface is &lt;b&gt;dome-shaped&lt;/b&gt;, curving down in every direction (but this is no maximum: ∇f is not 0).</source>
        <translation>Ambos negativos: cerca de aquí la superficie tiene &lt;b&gt;forma de cúpula&lt;/b&gt;, se curva hacia abajo en todas las direcciones (pero no es un máximo: ∇f no es 0).</translation>
    </message>
    <message>
        <source>Opposite signs: near here the surface is &lt;b&gt;saddle-shaped&lt;/b&gt;, curving down along one eigen-direction and up along the other.</source>
        <translation>Signos opuestos: cerca de aquí la superficie tiene &lt;b&gt;forma de silla&lt;/b&gt;, se curva hacia abajo a lo largo de una dirección propia y hacia arriba a lo largo de la otra.</translation>
    </message>
    <message>
        <source>One is 0, the other positive: near here the surface is a &lt;b&gt;trough&lt;/b&gt;, curving up across it and straight along it (to second order).</source>
        <translation>Uno es 0 y el otro positivo: cerca de aquí la superficie es un &lt;b&gt;canal&lt;/b&gt;, curvada hacia arriba a lo ancho y recta a lo largo (hasta el segundo orden).</translation>
    </message>
    <message>
        <source>One is 0, the other negative: near here the surface is a &lt;b&gt;ridge&lt;/b&gt;, curving down across it and straight along it (to second order).</source>
        <translation>Uno es 0 y el otro negativo: cerca de aquí la superficie es una &lt;b&gt;cresta&lt;/b&gt;, curvada hacia abajo a lo ancho y recta a lo largo (hasta el segundo orden).</translation>
    </message>
    <message>
        <source>Both are 0: to second order the surface is &lt;b&gt;flat&lt;/b&gt; (a tilted plane) here.</source>
        <translation>Ambos son 0: hasta el segundo orden la superficie es &lt;b&gt;plana&lt;/b&gt; (un plano inclinado) aquí.</translation>
    </message>
    <message>
        <source>The ellipse is where the quadratic part of the local model, ½ dᵀHd, is %1%2; its axes are the eigen-directions, shorter where the surface curves more.</source>
        <translation>La elipse es donde la parte cuadrática del modelo local, ½ dᵀHd, vale %1%2; sus ejes son las direcciones propias, más cortos donde la superficie se curva más.</translation>
    </message>
    <message>
        <source>The hyperbolas are where ½ dᵀHd = ±%1: the model rises along λ₂&apos;s direction and falls along λ₁&apos;s.</source>
        <translation>Las hipérbolas son donde ½ dᵀHd = ±%1: el modelo sube en la dirección de λ₂ y baja en la de λ₁.</translation>
    </message>
    <message>
        <source>The parallel lines are where ½ dᵀHd = %1%2: along them the model does not change.</source>
        <translation>Las rectas paralelas son donde ½ dᵀHd = %1%2: a lo largo de ellas el modelo no cambia.</translation>
    </message>
    <message>
        <source>½ dᵀHd is 0 in every direction: there is no curve to draw.</source>
        <translation>½ dᵀHd es 0 en todas las direcciones: no hay curva que dibujar.</translation>
    </message>
    <message>
        <source>%1: eigenvalues %2.</source>
        <translation>%1: valores propios %2.</translation>
    </message>
    <message>
        <source>At (%1, %2): f = &lt;b&gt;%3&lt;/b&gt; &amp;nbsp;&amp;nbsp; &lt;span style=&apos;color:%4&apos;&gt;∂f/∂%5 = %6 = &lt;b&gt;%7&lt;/b&gt;&lt;/span&gt; &amp;nbsp;&amp;nbsp; &lt;span style=&apos;color:%8&apos;&gt;∂f/∂%9 = %10 = &lt;b&gt;%11&lt;/b&gt;&lt;/span&gt; &amp;nbsp;&amp;nbsp; &lt;span style=&apos;color:%12&apos;&gt;|∇f| = &lt;b&gt;%13&lt;/b&gt;&lt;/span&gt;&lt;br&gt;%14%15</source>
        <translation>En (%1; %2): f = &lt;b&gt;%3&lt;/b&gt; &amp;#160;&amp;#160; &lt;span style=&apos;color:%4&apos;&gt;∂f/∂%5 = %6 = &lt;b&gt;%7&lt;/b&gt;&lt;/span&gt; &amp;#160;&amp;#160; &lt;span style=&apos;color:%8&apos;&gt;∂f/∂%9 = %10 = &lt;b&gt;%11&lt;/b&gt;&lt;/span&gt; &amp;#160;&amp;#160; &lt;span style=&apos;color:%12&apos;&gt;|∇f| = &lt;b&gt;%13&lt;/b&gt;&lt;/span&gt;&lt;br&gt;%14%15</translation>
    </message>
    <message>
        <source>gradient at (%1, %2) is (%3, %4)</source>
        <translation>el gradiente en (%1; %2) es (%3; %4)</translation>
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
        <translation>Mostrar la hessiana</translation>
    </message>
    <message>
        <source>Hide the Hessian</source>
        <translation>Ocultar la hessiana</translation>
    </message>
    <message>
        <source>%1 must be true or false</source>
        <translation>%1 debe ser true o false</translation>
    </message>
</context>
<context>
    <name>gradlab::ContourView</name>
    <message>
        <source>Point:</source>
        <translation>Punto:</translation>
    </message>
    <message>
        <source>Click the map or drag the point, or type its coordinates.</source>
        <translation>Haz clic en el mapa o arrastra el punto, o escribe sus coordenadas.</translation>
    </message>
    <message>
        <source>He&amp;ssian</source>
        <translation>&amp;Hessiana</translation>
    </message>
    <message>
        <source>Draw the Hessian at the point as the axes of the local quadratic model: its eigen-directions, labelled with the eigenvalues, and the curve where ½ dᵀHd = ±c (an ellipse, hyperbolas or parallel lines).</source>
        <translation>Dibujar la hessiana en el punto como los ejes del modelo cuadrático local: sus direcciones propias, rotuladas con los valores propios, y la curva donde ½ dᵀHd = ±c (una elipse, hipérbolas o rectas paralelas).</translation>
    </message>
</context>
<context>
    <name>gradlab::DataActions</name>
    <message>
        <source>&amp;Import Data…</source>
        <translation>&amp;Importar datos…</translation>
    </message>
    <message>
        <source>Import Data</source>
        <translation>Importar datos</translation>
    </message>
    <message>
        <source>CSV with columns x and y (*.csv);;All files (*)</source>
        <translation>CSV con columnas x e y (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Read points (a CSV with columns x and y) into the lesson “Fitting a line”</source>
        <translation>Leer puntos (un CSV con columnas x e y) en la lección «Ajuste de una recta»</translation>
    </message>
    <message>
        <source>Export &amp;Data as CSV…</source>
        <translation>Exportar &amp;datos como CSV…</translation>
    </message>
    <message>
        <source>Export Data as CSV</source>
        <translation>Exportar datos como CSV</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>Tablas CSV (*.csv)</translation>
    </message>
    <message>
        <source>Write the points of the lesson “Fitting a line” as CSV</source>
        <translation>Escribir los puntos de la lección «Ajuste de una recta» como CSV</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Error al importar</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <source>%1 is too large to be data for this lesson.</source>
        <translation>%1 es demasiado grande para ser datos de esta lección.</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>No se importó %1: %2</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n point(s) from %1</source>
        <translation>
            <numerusform>Se importó %n punto de %1</numerusform>
            <numerusform>Se importaron %n puntos de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n point(s))</source>
        <translation>
            <numerusform>Se guardó %1 (%n punto)</numerusform>
            <numerusform>Se guardó %1 (%n puntos)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gradlab::DataPresets</name>
    <message>
        <source>A line with noise</source>
        <translation>Una recta con ruido</translation>
    </message>
    <message>
        <source>One outlier</source>
        <translation>Un valor atípico</translation>
    </message>
    <message>
        <source>One point (2, 3)</source>
        <extracomment>A data set of one point, at x = 2, y = 3</extracomment>
        <translation>Un solo punto (2; 3)</translation>
    </message>
</context>
<context>
    <name>gradlab::DescentFigure</name>
    <message>
        <source>Loss curve with descent steps</source>
        <translation>Curva de pérdida con los pasos del descenso</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>pérdida</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>pasos</translation>
    </message>
    <message>
        <source>start</source>
        <translation>inicio</translation>
    </message>
    <message>
        <source>step</source>
        <translation>paso</translation>
    </message>
    <message>
        <source>w</source>
        <translation>w</translation>
    </message>
    <message>
        <source>gradient</source>
        <translation>gradiente</translation>
    </message>
    <message>
        <source>update</source>
        <translation>actualización</translation>
    </message>
    <message>
        <source>lr</source>
        <translation>tasa</translation>
    </message>
    <message>
        <source>The learning rate of the update on this row, as the schedule sets it</source>
        <translation>La tasa de aprendizaje de la actualización de esta fila, tal como la fija la programación</translation>
    </message>
    <message>
        <source>Step table</source>
        <translation>Tabla de pasos</translation>
    </message>
    <message>
        <source>update Δ%1</source>
        <translation>actualización Δ%1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>true gradient</source>
        <translation>gradiente real</translation>
    </message>
    <message>
        <source>update Δ%1
(noisy)</source>
        <translation>actualización Δ%1
(con ruido)</translation>
    </message>
    <message>
        <source>%1ₖ₊₁ − %1ₖ: the step taken from this row, from its gradient plus the noise drawn for it; the next row starts there</source>
        <translation>%1ₖ₊₁ − %1ₖ: el paso dado desde esta fila, a partir de su gradiente más el ruido generado para ella; la fila siguiente empieza ahí</translation>
    </message>
    <message>
        <source>%1ₖ₊₁ − %1ₖ: the step this row&apos;s gradient causes; the next row starts there</source>
        <translation>%1ₖ₊₁ − %1ₖ: el paso que causa el gradiente de esta fila; la fila siguiente empieza ahí</translation>
    </message>
    <message>
        <source>The true gradient at this row&apos;s point (the update used it plus noise of standard deviation σ)</source>
        <translation>El gradiente real en el punto de esta fila (la actualización lo usó más un ruido de desviación típica σ)</translation>
    </message>
    <message>
        <source>step %1: %2 = %3, loss %4. %5</source>
        <translation>paso %1: %2 = %3, pérdida %4. %5</translation>
    </message>
</context>
<context>
    <name>gradlab::DescentLesson</name>
    <message>
        <source>Change the learning rate</source>
        <translation>Cambiar la tasa de aprendizaje</translation>
    </message>
    <message>
        <source>Change the optimizer settings</source>
        <translation>Cambiar los ajustes del optimizador</translation>
    </message>
    <message>
        <source>Change the number of steps</source>
        <translation>Cambiar el número de pasos</translation>
    </message>
    <message>
        <source>Change the tolerance</source>
        <translation>Cambiar la tolerancia</translation>
    </message>
    <message>
        <source>Change the learning-rate schedule</source>
        <translation>Cambiar la programación de la tasa de aprendizaje</translation>
    </message>
    <message>
        <source>Change the gradient noise</source>
        <translation>Cambiar el ruido del gradiente</translation>
    </message>
    <message>
        <source>Change the noise seed</source>
        <translation>Cambiar la semilla del ruido</translation>
    </message>
    <message>
        <source>Show the optimizer state</source>
        <translation>Mostrar el estado del optimizador</translation>
    </message>
    <message>
        <source>Hide the optimizer state</source>
        <translation>Ocultar el estado del optimizador</translation>
    </message>
    <message>
        <source>“tolerance” must be a number between %1 and %2</source>
        <translation>«tolerance» debe ser un número entre %1 y %2</translation>
    </message>
    <message>
        <source>--start needs one coordinate for this lesson, got %1</source>
        <translation>--start necesita una coordenada para esta lección; se recibieron %1</translation>
    </message>
    <message>
        <source>--optimizer takes one of %1 here</source>
        <translation>--optimizer admite aquí uno de %1</translation>
    </message>
    <message>
        <source>steps</source>
        <extracomment>What File → Export Table as CSV writes, shown in brackets after it</extracomment>
        <translation>pasos</translation>
    </message>
</context>
<context>
    <name>gradlab::DescentView</name>
    <message>
        <source>Start</source>
        <extracomment>The start point&apos;s field (a noun: where descent starts), not &quot;begin&quot;</extracomment>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Where the run starts: a number or an expression such as pi/2 (or drag the start point on the curve)</source>
        <translation>Dónde empieza la ejecución: un número o una expresión como pi/2 (o arrastra el punto inicial sobre la curva)</translation>
    </message>
    <message>
        <source>St&amp;art</source>
        <extracomment>Label of the start point&apos;s field (a noun: where descent starts), not &quot;begin&quot;</extracomment>
        <translation>&amp;Inicio</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
        <source>&amp;Learning rate</source>
        <translation>&amp;Tasa de aprendizaje</translation>
    </message>
    <message>
        <source>Maximum steps</source>
        <translation>Número máximo de pasos</translation>
    </message>
    <message>
        <source>S&amp;teps</source>
        <extracomment>Label of the field for the most steps a run takes (a count)</extracomment>
        <translation>Pa&amp;sos</translation>
    </message>
    <message>
        <source>T&amp;olerance</source>
        <translation>T&amp;olerancia</translation>
    </message>
    <message>
        <source>▶ &amp;Play</source>
        <translation>▶ Reprod&amp;ucir</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <extracomment>Button (a verb): take one step of gradient descent</extracomment>
        <translation>Un &amp;paso</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <extracomment>Button: go back to the start point and clear the run</extracomment>
        <translation>&amp;Reiniciar</translation>
    </message>
    <message>
        <source>Sho&amp;w optimizer state</source>
        <translation>&amp;Ver estado del optimizador</translation>
    </message>
    <message>
        <source>Draw the optimizer&apos;s state at each step: the velocity, Adam&apos;s smoothed gradient against the raw gradient, and the update each adaptive step took</source>
        <translation>Dibujar el estado del optimizador en cada paso: la velocidad, el gradiente suavizado de Adam frente al gradiente sin suavizar y la actualización que tomó cada paso adaptativo</translation>
    </message>
    <message>
        <source>❚❚ &amp;Pause</source>
        <translation>❚❚ Pa&amp;usa</translation>
    </message>
</context>
<context>
    <name>gradlab::ExportActions</name>
    <message>
        <source>&amp;Export Figure…</source>
        <translation>&amp;Exportar figura…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>The lesson&apos;s figure as PNG, PDF or SVG</source>
        <translation>La figura de la lección como PNG, PDF o SVG</translation>
    </message>
    <message>
        <source>&amp;Copy Figure</source>
        <translation>Co&amp;piar figura</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Export &amp;Table as CSV…</source>
        <translation>Exportar &amp;tabla como CSV…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Export &amp;Animation…</source>
        <translation>Exportar ani&amp;mación…</translation>
    </message>
    <message>
        <source>Export &amp;Table as CSV (%1)…</source>
        <translation>Exportar &amp;tabla como CSV (%1)…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>Saved %1 (%2 × %3)</source>
        <translation>Se guardó %1 (%2 × %3)</translation>
    </message>
    <message>
        <source>Copied the figure to the clipboard</source>
        <translation>Se copió la figura al portapapeles</translation>
    </message>
    <message>
        <source>Copy failed</source>
        <translation>Error al copiar</translation>
    </message>
    <message>
        <source>This lesson shows no table.</source>
        <translation>Esta lección no muestra ninguna tabla.</translation>
    </message>
    <message>
        <source>Drawing the frames…</source>
        <translation>Dibujando los fotogramas…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Exportación cancelada; no se escribió nada.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Se guardó %1</translation>
    </message>
    <message>
        <source>Export Table as CSV</source>
        <translation>Exportar tabla como CSV</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>Tablas CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n row(s))</source>
        <translation>
            <numerusform>Se guardó %1 (%n fila)</numerusform>
            <numerusform>Se guardó %1 (%n filas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n frame(s), %1 to %2</source>
        <translation>
            <numerusform>Se guardó %n fotograma, de %1 a %2</numerusform>
            <numerusform>Se guardaron %n fotogramas, de %1 a %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gradlab::ExportDialog</name>
    <message>
        <source>Export Figure</source>
        <translation>Exportar figura</translation>
    </message>
    <message>
        <source>Export Animation</source>
        <translation>Exportar animación</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Imagen PNG</translation>
    </message>
    <message>
        <source>PDF document (vector)</source>
        <translation>Documento PDF (vectorial)</translation>
    </message>
    <message>
        <source>SVG drawing (vector)</source>
        <translation>Dibujo SVG (vectorial)</translation>
    </message>
    <message>
        <source>Animated GIF</source>
        <translation>GIF animado</translation>
    </message>
    <message>
        <source>Numbered PNG frames (NAME-0001.png, …)</source>
        <translation>Fotogramas PNG numerados (NOMBRE-0001.png, …)</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>2× writes twice as many pixels each way with the same layout, for high-DPI slides (PNG and GIF)</source>
        <translation>2× escribe el doble de píxeles en cada dirección con la misma disposición, para diapositivas de alta resolución (PNG y GIF)</translation>
    </message>
    <message>
        <source>&amp;Transparent background</source>
        <translation>Fondo &amp;transparente</translation>
    </message>
    <message>
        <source>Leave the window and plot backgrounds out (PNG, PDF, SVG)</source>
        <translation>Omitir los fondos de la ventana y del gráfico (PNG, PDF, SVG)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormato:</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>A&amp;ncho:</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>A&amp;lto:</translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation>E&amp;scala:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>none (for a slide, e.g. “Gradient descent on x²”)</source>
        <translation>ninguno (para una diapositiva, p. ej. «Descenso de gradiente en x²»)</translation>
    </message>
    <message>
        <source>Written above the figure, centred; leave empty for no title</source>
        <translation>Se escribe encima de la figura, centrado; déjalo vacío para no poner título</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>Tít&amp;ulo:</translation>
    </message>
    <message>
        <source>&amp;Copy to Clipboard</source>
        <translation>&amp;Copiar al portapapeles</translation>
    </message>
    <message>
        <source>the lesson&apos;s own</source>
        <translation>el de la lección</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>Fotogramas</translation>
    </message>
    <message>
        <source> frames/s</source>
        <translation> fotogramas/s</translation>
    </message>
    <message>
        <source>Frames per second</source>
        <translation>Fotogramas por segundo</translation>
    </message>
    <message>
        <source>F&amp;rames:</source>
        <translation>&amp;Fotogramas:</translation>
    </message>
    <message>
        <source>S&amp;peed:</source>
        <translation>&amp;Velocidad:</translation>
    </message>
    <message>
        <source>PNG images (*.png);;PDF documents (*.pdf);;SVG drawings (*.svg)</source>
        <translation>Imágenes PNG (*.png);;Documentos PDF (*.pdf);;Dibujos SVG (*.svg)</translation>
    </message>
    <message>
        <source>Animated GIF (*.gif);;PNG frames (*.png)</source>
        <translation>GIF animado (*.gif);;Fotogramas PNG (*.png)</translation>
    </message>
    <message numerus="yes">
        <source>the lesson&apos;s own (%n frames)</source>
        <translation>
            <numerusform>el de la lección (%n fotograma)</numerusform>
            <numerusform>el de la lección (%n fotogramas)</numerusform>
        </translation>
    </message>
    <message>
        <source>the lesson&apos;s own (%1 frames/s)</source>
        <translation>el de la lección (%1 fotogramas/s)</translation>
    </message>
    <message>
        <source>A vector drawing of %1 × %2 px at 96 dpi: it stays sharp at any zoom, so the scale does not apply.</source>
        <translation>Un dibujo vectorial de %1 × %2 px a 96 ppp: se ve nítido con cualquier zoom, así que la escala no se aplica.</translation>
    </message>
    <message>
        <source>Writes an image of %1 × %2 pixels.</source>
        <extracomment>The size of the image the export writes, in pixels</extracomment>
        <translation>Escribe una imagen de %1 × %2 píxeles.</translation>
    </message>
    <message>
        <source>Writes frames of %1 × %2 pixels.</source>
        <translation>Escribe fotogramas de %1 × %2 píxeles.</translation>
    </message>
</context>
<context>
    <name>gradlab::FigureTitle</name>
    <message>
        <source>Function</source>
        <translation>Función</translation>
    </message>
</context>
<context>
    <name>gradlab::FileActions</name>
    <message>
        <source>GradLab lessons (*.gradlab)</source>
        <translation>Lecciones de GradLab (*.gradlab)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>Every lesson back to its first function and settings</source>
        <translation>Todas las lecciones vuelven a su primera función y ajustes</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Cannot open the lesson file</source>
        <translation>No se puede abrir el archivo de lección</translation>
    </message>
    <message>
        <source>Opened %1; %2</source>
        <translation>Se abrió %1; %2</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Se abrió %1</translation>
    </message>
    <message>
        <source>Cannot save the lesson file</source>
        <translation>No se puede guardar el archivo de lección</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Se guardó %1</translation>
    </message>
    <message>
        <source>lesson.gradlab</source>
        <translation>leccion.gradlab</translation>
    </message>
    <message>
        <source>Save Lesson</source>
        <translation>Guardar lección</translation>
    </message>
    <message>
        <source>Open Lesson</source>
        <translation>Abrir lección</translation>
    </message>
    <message>
        <source>the untitled lesson</source>
        <translation>la lección sin título</translation>
    </message>
    <message>
        <source>Save changes?</source>
        <translation>¿Guardar los cambios?</translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing it?</source>
        <translation>¿Guardar los cambios en %1 antes de cerrarlo?</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>&amp;Borrar la lista</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
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
        <translation>Datos y recta ajustada</translation>
    </message>
    <message>
        <source>left end of the line</source>
        <translation>extremo izquierdo de la recta</translation>
    </message>
    <message>
        <source>right end of the line</source>
        <translation>extremo derecho de la recta</translation>
    </message>
    <message>
        <source>Loss L(w, b) as a contour map</source>
        <translation>Pérdida L(w, b) como mapa de curvas de nivel</translation>
    </message>
    <message>
        <source>training</source>
        <translation>entrenamiento</translation>
    </message>
    <message>
        <source>(w, b)</source>
        <translation>(w, b)</translation>
    </message>
    <message>
        <source>Loss on all the data per update</source>
        <translation>Pérdida sobre todos los datos por actualización</translation>
    </message>
    <message>
        <source>update</source>
        <extracomment>Axis labels: the update number (a noun), and the loss over all the data</extracomment>
        <translation>actualización</translation>
    </message>
    <message>
        <source>L (all data)</source>
        <translation>L (todos los datos)</translation>
    </message>
    <message>
        <source>Loss readouts</source>
        <translation>Lecturas de la pérdida</translation>
    </message>
    <message>
        <source>full batch</source>
        <translation>lote completo</translation>
    </message>
    <message>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <source>mini-batches</source>
        <translation>minilotes</translation>
    </message>
    <message>
        <source>&lt;b&gt;ŷ = w·x + b&lt;/b&gt; fitted to %1, loss L(w, b) = mean of (y − ŷ)²&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;%2, %3, batch size %4 (%5)</source>
        <translation>&lt;b&gt;ŷ = w·x + b&lt;/b&gt; ajustada a %1, pérdida L(w, b) = media de (y − ŷ)²&amp;#160;&amp;#160;%2, %3, lotes de %4 (%5)</translation>
    </message>
    <message>
        <source>least squares</source>
        <translation>mínimos cuadrados</translation>
    </message>
    <message>
        <source>minimum: every line through (%1, %2)</source>
        <translation>mínimo: cualquier recta que pase por (%1; %2)</translation>
    </message>
    <message>
        <source>Least squares (&lt;span style=&apos;color:%1&apos;&gt;✱, dashed&lt;/span&gt;): %2, L = %3</source>
        <translation>Mínimos cuadrados (&lt;span style=&apos;color:%1&apos;&gt;✱, discontinua&lt;/span&gt;): %2, L = %3</translation>
    </message>
    <message>
        <source>Least squares: every x is %1, so every line through (%1, %2) has the least loss L = %3 (the dashed valley on the map)</source>
        <translation>Mínimos cuadrados: todas las x valen %1, así que cualquier recta que pase por (%1; %2) tiene la pérdida mínima L = %3 (el valle en línea discontinua del mapa)</translation>
    </message>
    <message>
        <source>&amp;nbsp;&amp;nbsp; |∇L| = %1, too short to draw on this map</source>
        <translation>&amp;#160;&amp;#160; |∇L| = %1, demasiado corto para dibujarlo en este mapa</translation>
    </message>
    <message>
        <source>&amp;nbsp;&amp;nbsp; |∇L| = %1, its arrow shortened to fit the map</source>
        <translation>&amp;#160;&amp;#160; |∇L| = %1, su flecha acortada para que quepa en el mapa</translation>
    </message>
    <message>
        <source>w = %1, b = %2, L = %3</source>
        <translation>w = %1, b = %2, L = %3</translation>
    </message>
    <message>
        <source>At w = %1, b = %2 (&lt;span style=&apos;color:%3&apos;&gt;%4&lt;/span&gt;): &lt;b&gt;L = %5&lt;/b&gt;&amp;nbsp;&amp;nbsp; &lt;span style=&apos;color:%6&apos;&gt;∂L/∂w = &lt;b&gt;%7&lt;/b&gt;&amp;nbsp;&amp;nbsp; ∂L/∂b = &lt;b&gt;%8&lt;/b&gt;&lt;/span&gt;%9&lt;br&gt;%10. &lt;span style=&apos;color:%11&apos;&gt;Red-orange&lt;/span&gt;: the residuals y − ŷ; L is the mean of their squares.&lt;br&gt;%12 &amp;nbsp;%13.</source>
        <translation>En w = %1, b = %2 (&lt;span style=&apos;color:%3&apos;&gt;%4&lt;/span&gt;): &lt;b&gt;L = %5&lt;/b&gt;&amp;#160;&amp;#160; &lt;span style=&apos;color:%6&apos;&gt;∂L/∂w = &lt;b&gt;%7&lt;/b&gt;&amp;#160;&amp;#160; ∂L/∂b = &lt;b&gt;%8&lt;/b&gt;&lt;/span&gt;%9&lt;br&gt;%10. &lt;span style=&apos;color:%11&apos;&gt;Rojo anaranjado&lt;/span&gt;: los residuos y − ŷ; L es la media de sus cuadrados.&lt;br&gt;%12 &amp;#160;%13.</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n punto</numerusform>
            <numerusform>%n puntos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gradlab::FitLesson</name>
    <message>
        <source>%1 must be two numbers [a, b]</source>
        <translation>%1 debe ser dos números [a, b]</translation>
    </message>
    <message>
        <source>the data need at least one point</source>
        <translation>los datos necesitan al menos un punto</translation>
    </message>
    <message>
        <source>point %1 is not a pair of finite numbers</source>
        <translation>el punto %1 no es un par de números finitos</translation>
    </message>
    <message>
        <source>Choose the data set</source>
        <translation>Elegir el conjunto de datos</translation>
    </message>
    <message>
        <source>Move data point</source>
        <translation>Mover un punto de datos</translation>
    </message>
    <message>
        <source>Add data point</source>
        <translation>Añadir un punto de datos</translation>
    </message>
    <message>
        <source>Remove data point</source>
        <translation>Quitar un punto de datos</translation>
    </message>
    <message>
        <source>Import data</source>
        <translation>Importar datos</translation>
    </message>
    <message>
        <source>Move line</source>
        <translation>Mover la recta</translation>
    </message>
    <message>
        <source>Change the optimizer</source>
        <translation>Cambiar el optimizador</translation>
    </message>
    <message>
        <source>Change the learning rate</source>
        <translation>Cambiar la tasa de aprendizaje</translation>
    </message>
    <message>
        <source>Change the optimizer settings</source>
        <translation>Cambiar los ajustes del optimizador</translation>
    </message>
    <message>
        <source>Change the learning-rate schedule</source>
        <translation>Cambiar la programación de la tasa de aprendizaje</translation>
    </message>
    <message>
        <source>Change the number of epochs</source>
        <translation>Cambiar el número de épocas</translation>
    </message>
    <message>
        <source>Change the batch size</source>
        <translation>Cambiar el tamaño de lote</translation>
    </message>
    <message>
        <source>Change the seed</source>
        <translation>Cambiar la semilla</translation>
    </message>
    <message>
        <source>“data” must be a list of points [x, y]</source>
        <translation>«data» debe ser una lista de puntos [x, y]</translation>
    </message>
    <message>
        <source>“data” needs at least one point</source>
        <translation>«data» necesita al menos un punto</translation>
    </message>
    <message>
        <source>“data” point %1</source>
        <translation>«data», punto %1</translation>
    </message>
    <message>
        <source>“start”</source>
        <translation>«start»</translation>
    </message>
    <message>
        <source>fit-line takes no formula: its loss is the mean squared error of the line on the data</source>
        <translation>fit-line no admite fórmula: su pérdida es el error cuadrático medio de la recta sobre los datos</translation>
    </message>
    <message>
        <source>--data: %1</source>
        <translation>--data: %1</translation>
    </message>
    <message>
        <source>--optimizer takes one of %1 here</source>
        <translation>--optimizer admite aquí uno de %1</translation>
    </message>
    <message>
        <source>--lr takes one rate for this lesson</source>
        <translation>--lr admite una sola tasa para esta lección</translation>
    </message>
    <message>
        <source>--epochs must be from 1 to %1</source>
        <translation>--epochs debe estar entre 1 y %1</translation>
    </message>
    <message>
        <source>--batch-size must be at least 1</source>
        <translation>--batch-size debe ser al menos 1</translation>
    </message>
    <message numerus="yes">
        <source>the lesson holds at most %n point(s), got %1</source>
        <translation>
            <numerusform>la lección admite como mucho %n punto; se recibieron %1</numerusform>
            <numerusform>la lección admite como mucho %n puntos; se recibieron %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“data” holds at most %n point(s), got %1</source>
        <translation>
            <numerusform>«data» admite como mucho %n punto; se recibieron %1</numerusform>
            <numerusform>«data» admite como mucho %n puntos; se recibieron %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>--start needs W,B for this lesson, got %n number(s)</source>
        <translation>
            <numerusform>--start necesita W,B para esta lección; se recibió %n número</numerusform>
            <numerusform>--start necesita W,B para esta lección; se recibieron %n números</numerusform>
        </translation>
    </message>
    <message>
        <source>steps</source>
        <extracomment>What File → Export Table as CSV writes, shown in brackets after it</extracomment>
        <translation>pasos</translation>
    </message>
</context>
<context>
    <name>gradlab::FitView</name>
    <message>
        <source>Data set</source>
        <translation>Conjunto de datos</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Datos</translation>
    </message>
    <message>
        <source>Click beside the data to add a point, drag a point to move it, right-click it (or select it and press Delete) to remove it; File → Import Data… reads a CSV.</source>
        <translation>Haz clic junto a los datos para añadir un punto, arrastra un punto para moverlo, haz clic derecho sobre él (o selecciónalo y pulsa Supr) para quitarlo; Archivo → Importar datos… lee un CSV.</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
        <source>&amp;Learning rate</source>
        <translation>&amp;Tasa de aprendizaje</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Épocas</translation>
    </message>
    <message>
        <source>&amp;Epochs</source>
        <extracomment>Label: how many passes over all the data points</extracomment>
        <translation>Épo&amp;cas</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Tamaño de lote</translation>
    </message>
    <message>
        <source>Points per update: 1 is stochastic gradient descent (SGD), all of them is full-batch gradient descent. Each epoch shuffles the points (seeded) and cuts them into batches.</source>
        <translation>Puntos por actualización: 1 es el descenso de gradiente estocástico (SGD); todos ellos, el descenso de gradiente de lote completo. Cada época baraja los puntos (con semilla) y los reparte en lotes.</translation>
    </message>
    <message>
        <source>&amp;Batch size</source>
        <translation>Tamaño de &amp;lote</translation>
    </message>
    <message>
        <source>Seed</source>
        <extracomment>The random seed that shuffles the mini-batches</extracomment>
        <translation>Semilla</translation>
    </message>
    <message>
        <source>The seed of the shuffles: the same seed gives the same run.</source>
        <translation>La semilla del barajado: la misma semilla da la misma ejecución.</translation>
    </message>
    <message>
        <source>See&amp;d</source>
        <translation>&amp;Semilla</translation>
    </message>
    <message>
        <source>▶ &amp;Play</source>
        <translation>▶ Reprod&amp;ucir</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <extracomment>Button (a verb): take one update of the optimizer</extracomment>
        <translation>Un &amp;paso</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <extracomment>Button: put the line back at its start and clear the run</extracomment>
        <translation>&amp;Reiniciar</translation>
    </message>
    <message>
        <source>Learning-rate &amp;schedule</source>
        <translation>Pro&amp;gramación de la tasa</translation>
    </message>
    <message>
        <source>❚❚ &amp;Pause</source>
        <translation>❚❚ Pa&amp;usa</translation>
    </message>
    <message numerus="yes">
        <source>Your data (%n point(s))</source>
        <translation>
            <numerusform>Tus datos (%n punto)</numerusform>
            <numerusform>Tus datos (%n puntos)</numerusform>
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
        <translation>escribe una fórmula, p. ej. x^3 - 6x^2 + 9x + 1</translation>
    </message>
    <message>
        <source>Type a formula (x^2, 3x² − 12x, sin(x), e^x, sigmoid(w), …) and press Enter, or pick a preset</source>
        <translation>Escribe una fórmula (x^2, 3x² − 12x, sin(x), e^x, sigmoid(w), …) y pulsa Intro, o elige una predefinida</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Fórmula</translation>
    </message>
    <message>
        <source>Derivative</source>
        <translation>Derivada</translation>
    </message>
    <message>
        <source>Formula message</source>
        <translation>Mensaje sobre la fórmula</translation>
    </message>
    <message>
        <source>Press Enter to plot this formula</source>
        <translation>Pulsa Intro para representar esta fórmula</translation>
    </message>
    <message>
        <source>%1 — still showing %2</source>
        <extracomment>%1 is why the typed formula cannot be plotted, %2 the formula the plot still shows (x³)</extracomment>
        <translation>%1 — se sigue mostrando %2</translation>
    </message>
</context>
<context>
    <name>gradlab::FunctionLesson</name>
    <message>
        <source>Change the function</source>
        <translation>Cambiar la función</translation>
    </message>
    <message>
        <source>--at needs one coordinate for this lesson, got %1</source>
        <translation>--at necesita una coordenada para esta lección; se recibieron %1</translation>
    </message>
    <message>
        <source>Move the point</source>
        <translation>Mover el punto</translation>
    </message>
</context>
<context>
    <name>gradlab::GraphDiagram</name>
    <message>
        <source>%1 (input)</source>
        <extracomment>A node of the computation graph: the variable the gradient is taken for, &quot;w (input)&quot;</extracomment>
        <translation>%1 (entrada)</translation>
    </message>
    <message>
        <source>constant %1</source>
        <extracomment>A node of the computation graph holding a number of the formula, &quot;constant 3&quot;</extracomment>
        <translation>constante %1</translation>
    </message>
    <message>
        <source>Computation graph</source>
        <translation>Grafo de cálculo</translation>
    </message>
    <message>
        <source>no grad</source>
        <translation>sin grad</translation>
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
        <translation>valor %1</translation>
    </message>
    <message>
        <source>This formula&apos;s graph has %1 operations, too many to draw legibly.
Try a shorter formula; the gradients below are still computed.</source>
        <translation>El grafo de esta fórmula tiene %1 operaciones, demasiadas para dibujarlo de forma legible.
Prueba con una fórmula más corta; los gradientes de abajo se siguen calculando.</translation>
    </message>
</context>
<context>
    <name>gradlab::LearningRateFigure</name>
    <message>
        <source>Loss curve with the run</source>
        <translation>Curva de pérdida con la ejecución</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>pérdida</translation>
    </message>
    <message>
        <source>steps</source>
        <extracomment>Legend entry: the points the descent steps visit (a noun)</extracomment>
        <translation>pasos</translation>
    </message>
    <message>
        <source>start</source>
        <translation>inicio</translation>
    </message>
    <message>
        <source>The run&apos;s coordinate per step</source>
        <translation>La coordenada de la ejecución en cada paso</translation>
    </message>
    <message>
        <source>Loss per step</source>
        <translation>Pérdida por paso</translation>
    </message>
    <message>
        <source>step k</source>
        <extracomment>Axis labels: the step number k, and the loss above its minimum</extracomment>
        <translation>paso k</translation>
    </message>
    <message>
        <source>Final loss against learning rate</source>
        <translation>Pérdida final frente a la tasa de aprendizaje</translation>
    </message>
    <message>
        <source>learning rate</source>
        <extracomment>Axis labels: the learning rate η, and the last loss of each run above the minimum</extracomment>
        <translation>tasa de aprendizaje</translation>
    </message>
    <message>
        <source>Regime</source>
        <translation>Régimen</translation>
    </message>
    <message>
        <source>Sweep legend</source>
        <translation>Leyenda del barrido</translation>
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
        <translation>L(%1ₖ) − menor L vista</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;%2&lt;/span&gt; &amp;nbsp; %3&lt;br&gt;%4</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;%2&lt;/span&gt; &amp;nbsp; %3&lt;br&gt;%4</translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <translation>%1: %2. %3</translation>
    </message>
    <message>
        <source>: this run&apos;s rates run from %1 to %2, the last %3, so it is the rate of its later updates that decides.</source>
        <translation>: las tasas de esta ejecución van de %1 a %2, la última %3, así que lo que decide es la tasa de sus últimas actualizaciones.</translation>
    </message>
    <message>
        <source>With gradient noise (σ = %1) a run does not come to rest at a minimum: it keeps jittering about it, by less the smaller the rate.</source>
        <translation>Con ruido en el gradiente (σ = %1) una ejecución no llega a detenerse en un mínimo: sigue fluctuando a su alrededor, tanto menos cuanto menor es la tasa.</translation>
    </message>
    <message>
        <source>the %1 schedule</source>
        <translation>la programación %1</translation>
    </message>
    <message>
        <source>gradient noise σ = %1 (seed %2)</source>
        <translation>ruido del gradiente σ = %1 (semilla %2)</translation>
    </message>
    <message>
        <source>, with %1 as the run above</source>
        <translation>, con %1 igual que la ejecución de arriba</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>Sweep running…</source>
        <translation>Barrido en curso…</translation>
    </message>
    <message>
        <source>base learning rate</source>
        <translation>tasa de aprendizaje base</translation>
    </message>
    <message>
        <source> (where it found none, from the lowest final loss of the sweep)</source>
        <translation> (donde no encontró ninguno, respecto a la menor pérdida final del barrido)</translation>
    </message>
    <message>
        <source>%1 (sweep running…)</source>
        <translation>%1 (barrido en curso…)</translation>
    </message>
    <message>
        <source>final loss − L(%1*)</source>
        <translation>pérdida final − L(%1*)</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2, %n step(s)</source>
        <extracomment>the optimizer, its learning rate, and how many steps the run takes</extracomment>
        <translation>
            <numerusform>%1, %2, %n paso</numerusform>
            <numerusform>%1, %2, %n pasos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each %1 is run from the same start%2 for up to %n step(s) (stopping early once |f′| falls below the tolerance); its final loss is measured from the minimum %3* that run approaches%4. Bands: %5</source>
        <translation>
            <numerusform>Cada %1 se prueba en una ejecución desde el mismo punto inicial%2 de hasta %n paso (que para antes si |f′| baja de la tolerancia); su pérdida final se mide respecto al mínimo %3* al que se acerca esa ejecución%4. Bandas: %5</numerusform>
            <numerusform>Cada %1 se prueba en una ejecución desde el mismo punto inicial%2 de hasta %n pasos (que para antes si |f′| baja de la tolerancia); su pérdida final se mide respecto al mínimo %3* al que se acerca esa ejecución%4. Bandas: %5</numerusform>
        </translation>
    </message>
    <message>
        <source>L(wₖ) − Lₘᵢₙ</source>
        <translation>L(wₖ) − Lₘᵢₙ</translation>
    </message>
    <message>
        <source>final loss − Lₘᵢₙ</source>
        <translation>pérdida final − Lₘᵢₙ</translation>
    </message>
    <message>
        <source>Plain descent can settle into the minimum at %1 = %2 only with a learning rate below 2/f″(%1*) = &lt;b&gt;%3&lt;/b&gt;.</source>
        <translation>El descenso simple solo puede asentarse en el mínimo en %1 = %2 con una tasa de aprendizaje menor que 2/f″(%1*) = &lt;b&gt;%3&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Plain descent can settle into the minimum at %1 = %2 only while its rate is below 2/f″(%1*) = &lt;b&gt;%3&lt;/b&gt;.</source>
        <translation>El descenso simple solo puede asentarse en el mínimo en %1 = %2 mientras su tasa sea menor que 2/f″(%1*) = &lt;b&gt;%3&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>The %1 schedule changes the rate from update to update</source>
        <translation>La programación %1 cambia la tasa de una actualización a otra</translation>
    </message>
    <message>
        <source>Above it, r = 1 − η·f″(%1*) is below −1: each step lands farther out on the other side, so the run diverges.</source>
        <extracomment>r = 1 − η·f″ below −1: each step flips the sign of the error and makes it larger</extracomment>
        <translation>Por encima, r = 1 − η·f″(%1*) es menor que −1: cada paso cae más lejos al otro lado, así que la ejecución diverge.</translation>
    </message>
    <message>
        <source>With momentum μ = %4, descent can settle into the minimum at %1 = %2 only while its rate is below 2(1+μ)/f″(%1*) = &lt;b&gt;%3&lt;/b&gt;: above it the swings grow from step to step and the run diverges. That is plain descent&apos;s limit, 2/f″(%1*) = %5, times 1 + μ.</source>
        <extracomment>%4 is the momentum μ; 2(1+μ)/f″ is the heavy ball&apos;s edge on a quadratic bowl</extracomment>
        <translation>Con momento μ = %4, el descenso solo puede asentarse en el mínimo en %1 = %2 mientras su tasa esté por debajo de 2(1+μ)/f″(%1*) = &lt;b&gt;%3&lt;/b&gt;: por encima, las oscilaciones crecen de un paso a otro y la ejecución diverge. Es el límite del descenso simple, 2/f″(%1*) = %5, multiplicado por 1 + μ.</translation>
    </message>
    <message>
        <source>With Nesterov momentum μ = %4, descent can settle into the minimum at %1 = %2 only while its rate is below 2(1+μ)/((1+2μ)f″(%1*)) = &lt;b&gt;%3&lt;/b&gt;: above it the swings grow from step to step and the run diverges. That is plain descent&apos;s limit, 2/f″(%1*) = %5, times (1 + μ)/(1 + 2μ).</source>
        <extracomment>%4 is the momentum μ; 2(1+μ)/((1+2μ)f″) is Nesterov&apos;s edge on a quadratic bowl</extracomment>
        <translation>Con el momento de Nesterov μ = %4, el descenso solo puede asentarse en el mínimo en %1 = %2 mientras su tasa esté por debajo de 2(1+μ)/((1+2μ)f″(%1*)) = &lt;b&gt;%3&lt;/b&gt;: por encima, las oscilaciones crecen de un paso a otro y la ejecución diverge. Es el límite del descenso simple, 2/f″(%1*) = %5, multiplicado por (1 + μ)/(1 + 2μ).</translation>
    </message>
    <message>
        <source>Newton&apos;s method divides each step by f″, so near the minimum at %1 = %2 it settles for any rate below &lt;b&gt;2&lt;/b&gt;, whatever the curvature (plain descent&apos;s limit is 2/f″(%1*) = %3).</source>
        <translation>El método de Newton divide cada paso entre f″, así que cerca del mínimo en %1 = %2 se asienta con cualquier tasa por debajo de &lt;b&gt;2&lt;/b&gt;, sea cual sea la curvatura (el límite del descenso simple es 2/f″(%1*) = %3).</translation>
    </message>
    <message>
        <source>%1 scales each step by the sizes of the gradients it has seen, so no limit on its rate follows from f″: the dashed line marks plain descent&apos;s 2/f″(%2*) = &lt;b&gt;%3&lt;/b&gt; for comparison, near the minimum at %2 = %4.</source>
        <extracomment>%1 is an optimizer&apos;s name (Adam, RMSprop, Adagrad)</extracomment>
        <translation>%1 escala cada paso según el tamaño de los gradientes que ha visto, así que de f″ no se deduce ningún límite para su tasa: la línea discontinua marca, para comparar, el límite 2/f″(%2*) = &lt;b&gt;%3&lt;/b&gt; del descenso simple, cerca del mínimo en %2 = %4.</translation>
    </message>
    <message>
        <source>: this run&apos;s updates all had the rate %1 (it ended before the schedule changed it), so it is that rate that decides.</source>
        <translation>: todas las actualizaciones de esta ejecución tuvieron la tasa %1 (terminó antes de que la programación la cambiara), así que es esa tasa la que decide.</translation>
    </message>
</context>
<context>
    <name>gradlab::LearningRateLesson</name>
    <message>
        <source>plain descent&apos;s %1 = %2</source>
        <translation>%1 = %2 del descenso simple</translation>
    </message>
    <message>
        <source>Newton&apos;s edge η = %1</source>
        <translation>límite de Newton η = %1</translation>
    </message>
    <message>
        <source>Change the map&apos;s second axis</source>
        <translation>Cambiar el segundo eje del mapa</translation>
    </message>
    <message>
        <source>Change the map&apos;s colour</source>
        <translation>Cambiar el color del mapa</translation>
    </message>
    <message>
        <source>Show the stability map</source>
        <translation>Mostrar el mapa de estabilidad</translation>
    </message>
    <message>
        <source>Show the run and the sweep</source>
        <translation>Mostrar la ejecución y el barrido</translation>
    </message>
    <message>
        <source>&quot;view&quot; must be %1 or %2, got %3</source>
        <translation>«view» debe ser %1 o %2; se recibió %3</translation>
    </message>
    <message>
        <source>--view must be %1 or %2 for this lesson, got &apos;%3&apos;</source>
        <translation>--view debe ser %1 o %2 para esta lección; se recibió «%3»</translation>
    </message>
    <message>
        <source>sweep</source>
        <extracomment>What File → Export Table as CSV writes, shown in brackets after it</extracomment>
        <translation>barrido</translation>
    </message>
</context>
<context>
    <name>gradlab::LearningRatePlot</name>
    <message>
        <source>Learning rate per update</source>
        <translation>Tasa de aprendizaje por actualización</translation>
    </message>
    <message>
        <source>to come</source>
        <translation>por venir</translation>
    </message>
    <message>
        <source>taken</source>
        <translation>aplicada</translation>
    </message>
    <message>
        <source>update k</source>
        <translation>actualización k</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>tasa de aprendizaje</translation>
    </message>
</context>
<context>
    <name>gradlab::LearningRateView</name>
    <message>
        <source>&amp;Run and sweep</source>
        <extracomment>Tab: one descent run, and the sweep over many learning rates</extracomment>
        <translation>&amp;Ejecución y barrido</translation>
    </message>
    <message>
        <source>Stability &amp;map</source>
        <translation>&amp;Mapa de estabilidad</translation>
    </message>
    <message>
        <source>Learning rate (log scale)</source>
        <translation>Tasa de aprendizaje (escala logarítmica)</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
        <source>&amp;Learning rate</source>
        <translation>&amp;Tasa de aprendizaje</translation>
    </message>
    <message>
        <source>Steps</source>
        <extracomment>The field for the most steps a run takes (a count)</extracomment>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>sweep %p%</source>
        <translation>barrido %p%</translation>
    </message>
    <message>
        <source>Base &amp;learning rate</source>
        <translation>&amp;Tasa base</translation>
    </message>
    <message>
        <source>Base learning rate (log scale)</source>
        <translation>Tasa de aprendizaje base (escala logarítmica)</translation>
    </message>
    <message>
        <source>S&amp;teps</source>
        <translation>Pa&amp;sos</translation>
    </message>
    <message>
        <source>T&amp;olerance</source>
        <translation>T&amp;olerancia</translation>
    </message>
</context>
<context>
    <name>gradlab::Lesson</name>
    <message>
        <source>the %1 lesson has no script</source>
        <translation>la lección %1 no tiene guion</translation>
    </message>
</context>
<context>
    <name>gradlab::LessonView</name>
    <message>
        <source>Point x</source>
        <translation>Punto x</translation>
    </message>
</context>
<context>
    <name>gradlab::MainWindow</name>
    <message>
        <source>pointer at %1 = %2, %3 = %4</source>
        <translation>puntero en %1 = %2, %3 = %4</translation>
    </message>
    <message>
        <source>pointer at %1 = %2, height %3</source>
        <translation>puntero en %1 = %2, altura %3</translation>
    </message>
    <message>
        <source>GradLab</source>
        <translation>GradLab</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lecciones</translation>
    </message>
    <message>
        <source>Show &amp;Code</source>
        <translation>Mostrar &amp;código</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>The Python (NumPy or PyTorch) script that recomputes this lesson (Ctrl+Shift+P)</source>
        <translation>El script de Python (NumPy o PyTorch) que vuelve a calcular esta lección (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Show Code</source>
        <translation>Mostrar código</translation>
    </message>
    <message>
        <source>Hide Code</source>
        <translation>Ocultar código</translation>
    </message>
    <message>
        <source>Drag to turn the surface; scroll to zoom.</source>
        <translation>Arrastra para girar la superficie; usa la rueda para ampliar.</translation>
    </message>
    <message>
        <source>pointer at %1 = %2</source>
        <translation>puntero en %1 = %2</translation>
    </message>
    <message>
        <source>Drag a point to move it; scroll to zoom, drag the background to pan.</source>
        <translation>Arrastra un punto para moverlo; usa la rueda para ampliar y arrastra el fondo para desplazar.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
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
        <translation>&amp;Deshacer %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rehacer %1</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Reset view</source>
        <translation>&amp;Restablecer la vista</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Apariencia</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Seguir el &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>La&amp;nguage</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Follow the &amp;system (%1)</source>
        <translation>Seguir el &amp;sistema (%1)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;About GradLab</source>
        <translation>&amp;Acerca de GradLab</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>&lt;table cellpadding=&apos;3&apos;&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt; / &lt;b&gt;%2&lt;/b&gt;&lt;/td&gt;&lt;td&gt;move between controls and plots&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;←&lt;/b&gt; &lt;b&gt;→&lt;/b&gt; (&lt;b&gt;↑&lt;/b&gt; &lt;b&gt;↓&lt;/b&gt; on maps)&lt;/td&gt;&lt;td&gt;move the point of the focused plot by 1% of the view&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;←&lt;/b&gt; &lt;b&gt;→&lt;/b&gt;, &lt;b&gt;%3&lt;/b&gt; with a step inspected&lt;/td&gt;&lt;td&gt;the step before, the step after; close the step inspector (lessons 7 and 9)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;%4&lt;/b&gt; + arrow&lt;/td&gt;&lt;td&gt;a step ten times smaller&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;%5&lt;/b&gt; + arrow&lt;/td&gt;&lt;td&gt;a step ten times larger&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;%6&lt;/b&gt;&lt;/td&gt;&lt;td&gt;play / pause (Animate, Play; Backward in Autograd)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;%7&lt;/b&gt;&lt;/td&gt;&lt;td&gt;export the figure (PNG, PDF, SVG)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;%8&lt;/b&gt;&lt;/td&gt;&lt;td&gt;copy the figure to the clipboard&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;%9&lt;/b&gt;&lt;/td&gt;&lt;td&gt;export the lesson&apos;s table as CSV&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;%10&lt;/b&gt; / &lt;b&gt;%11&lt;/b&gt;&lt;/td&gt;&lt;td&gt;undo / redo&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;%12&lt;/b&gt;, &lt;b&gt;%13&lt;/b&gt;, &lt;b&gt;%14&lt;/b&gt;&lt;/td&gt;&lt;td&gt;new, open, save a lesson file&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;%15&lt;/b&gt;&lt;/td&gt;&lt;td&gt;reset the view&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;%16&lt;/b&gt;&lt;/td&gt;&lt;td&gt;show or hide the lesson&apos;s Python code&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;%17&lt;/b&gt;&lt;/td&gt;&lt;td&gt;quit&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;mouse wheel, drag on the background&lt;/td&gt;&lt;td&gt;zoom, pan&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <extracomment>%1 … %17 are key names filled in by Qt in the interface&apos;s language (Tab, Shift+Tab, Esc, Shift, Ctrl, Space, Ctrl+E, Ctrl+Shift+C, Ctrl+Shift+E, Ctrl+Z, Ctrl+Shift+Z, Ctrl+N, Ctrl+O, Ctrl+S, Ctrl+0, Ctrl+Shift+P, Ctrl+Q): keep each in its row</extracomment>
        <translation>&lt;table cellpadding=&apos;3&apos;&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt; / &lt;b&gt;%2&lt;/b&gt;&lt;/td&gt;&lt;td&gt;moverse entre controles y gráficos&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;←&lt;/b&gt; &lt;b&gt;→&lt;/b&gt; (&lt;b&gt;↑&lt;/b&gt; &lt;b&gt;↓&lt;/b&gt; en los mapas)&lt;/td&gt;&lt;td&gt;mover el punto del gráfico activo un 1% de la vista&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;←&lt;/b&gt; &lt;b&gt;→&lt;/b&gt;, &lt;b&gt;%3&lt;/b&gt; con un paso inspeccionado&lt;/td&gt;&lt;td&gt;el paso anterior, el paso siguiente; cerrar el inspector de pasos (lecciones 7 y 9)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;%4&lt;/b&gt; + flecha&lt;/td&gt;&lt;td&gt;un paso diez veces más pequeño&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;%5&lt;/b&gt; + flecha&lt;/td&gt;&lt;td&gt;un paso diez veces más grande&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;%6&lt;/b&gt;&lt;/td&gt;&lt;td&gt;reproducir / pausa (Animar, Reproducir; Atrás en Autograd)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;%7&lt;/b&gt;&lt;/td&gt;&lt;td&gt;exportar la figura (PNG, PDF, SVG)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;%8&lt;/b&gt;&lt;/td&gt;&lt;td&gt;copiar la figura al portapapeles&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;%9&lt;/b&gt;&lt;/td&gt;&lt;td&gt;exportar la tabla de la lección como CSV&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;%10&lt;/b&gt; / &lt;b&gt;%11&lt;/b&gt;&lt;/td&gt;&lt;td&gt;deshacer / rehacer&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;%12&lt;/b&gt;, &lt;b&gt;%13&lt;/b&gt;, &lt;b&gt;%14&lt;/b&gt;&lt;/td&gt;&lt;td&gt;nuevo, abrir, guardar un archivo de lección&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;%15&lt;/b&gt;&lt;/td&gt;&lt;td&gt;restablecer la vista&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;%16&lt;/b&gt;&lt;/td&gt;&lt;td&gt;mostrar u ocultar el código Python de la lección&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;%17&lt;/b&gt;&lt;/td&gt;&lt;td&gt;salir&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;rueda del ratón, arrastrar el fondo&lt;/td&gt;&lt;td&gt;ampliar, desplazar&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>About GradLab</source>
        <translation>Acerca de GradLab</translation>
    </message>
    <message>
        <source>&lt;h3&gt;GradLab %1&lt;/h3&gt;&lt;p&gt;See derivatives and gradient descent: slopes, secants, tangents, gradients and optimizers, with every number computed exactly.&lt;/p&gt;&lt;p&gt;Copyright © 2026 the GradLab developers.&lt;/p&gt;&lt;p&gt;GradLab is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version. It is distributed WITHOUT ANY WARRANTY; see the GNU General Public License for details.&lt;/p&gt;&lt;p&gt;Built with Qt, QCustomPlot (GPL-3) and Eigen.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;GradLab %1&lt;/h3&gt;&lt;p&gt;Visualiza derivadas y descenso de gradiente: pendientes, secantes, tangentes, gradientes y optimizadores, con cada número calculado con exactitud.&lt;/p&gt;&lt;p&gt;Copyright © 2026 los desarrolladores de GradLab.&lt;/p&gt;&lt;p&gt;GradLab es software libre: puedes redistribuirlo y/o modificarlo según los términos de la Licencia Pública General de GNU publicada por la Free Software Foundation, ya sea la versión 3 de la Licencia o (a tu elección) cualquier versión posterior. Se distribuye SIN NINGUNA GARANTÍA; consulta la Licencia Pública General de GNU para más detalles.&lt;/p&gt;&lt;p&gt;Creado con Qt, QCustomPlot (GPL-3) y Eigen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Alto contraste</translation>
    </message>
    <message>
        <source>&amp;Text Size</source>
        <translation>Tamaño del &amp;texto</translation>
    </message>
    <message>
        <source>&amp;Smaller</source>
        <translation>Más &amp;pequeño</translation>
    </message>
    <message>
        <source>&amp;Normal</source>
        <translation>&amp;Normal</translation>
    </message>
    <message>
        <source>&amp;Larger</source>
        <translation>Más &amp;grande</translation>
    </message>
    <message>
        <source>L&amp;argest</source>
        <translation>&amp;Muy grande</translation>
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
        <translation>Ruido del gradiente σ</translation>
    </message>
    <message>
        <source>The standard deviation of the Gaussian noise added to each gradient (0: none). Enter takes it; Up and Down step it.</source>
        <translation>La desviación típica del ruido gaussiano que se suma a cada gradiente (0: ninguno). Intro lo acepta; Arriba y Abajo lo cambian paso a paso.</translation>
    </message>
    <message>
        <source>Noise seed</source>
        <translation>Semilla del ruido</translation>
    </message>
    <message>
        <source>The noise is drawn from this seed: the same seed gives the same run.</source>
        <translation>El ruido se genera a partir de esta semilla: la misma semilla da la misma ejecución.</translation>
    </message>
    <message>
        <source>Noise &amp;σ</source>
        <translation>Ruido &amp;σ</translation>
    </message>
    <message>
        <source>s&amp;eed</source>
        <translation>s&amp;emilla</translation>
    </message>
    <message>
        <source>Adds Gaussian noise of standard deviation σ to each gradient; the same seed gives the same run.</source>
        <translation>Suma ruido gaussiano de desviación típica σ a cada gradiente; la misma semilla da la misma ejecución.</translation>
    </message>
    <message>
        <source>%1; kept %2.</source>
        <translation>%1; se mantiene %2.</translation>
    </message>
</context>
<context>
    <name>gradlab::NumericFigure</name>
    <message>
        <source>Curve</source>
        <translation>Curva</translation>
    </message>
    <message>
        <source>f</source>
        <translation>f</translation>
    </message>
    <message>
        <source>point</source>
        <translation>punto</translation>
    </message>
    <message>
        <source>Error of finite differences against h</source>
        <translation>Error de las diferencias finitas frente a h</translation>
    </message>
    <message>
        <source>step h</source>
        <extracomment>Axis labels: the step size h of a difference quotient (a length, not an iteration), and its error</extracomment>
        <translation>paso h</translation>
    </message>
    <message>
        <source>|error| of the difference quotient</source>
        <translation>|error| del cociente de diferencias</translation>
    </message>
    <message>
        <source>∝ h (slope 1)</source>
        <translation>∝ h (pendiente 1)</translation>
    </message>
    <message>
        <source>∝ h² (slope 2)</source>
        <translation>∝ h² (pendiente 2)</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;■&lt;/span&gt; %2: </source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;■&lt;/span&gt; %2: </translation>
    </message>
    <message>
        <source>no error to measure (the quotient is undefined)</source>
        <translation>no hay error que medir (el cociente no está definido)</translation>
    </message>
    <message>
        <source>no truncation error here: any h gives the exact slope up to round-off; smaller h only adds round-off</source>
        <translation>aquí no hay error de truncamiento: cualquier h da la pendiente exacta salvo redondeo; un h menor solo añade redondeo</translation>
    </message>
    <message>
        <source> (smallest typical error &lt;b&gt;%1&lt;/b&gt;, for h in %2 … %3)</source>
        <translation> (menor error típico &lt;b&gt;%1&lt;/b&gt;, para h en %2 … %3)</translation>
    </message>
    <message>
        <source>the error does not shrink with h (slope %1): the quotient does not approach f′ here</source>
        <translation>el error no disminuye con h (pendiente %1): aquí el cociente no tiende a f′</translation>
    </message>
    <message>
        <source>truncation error falls with slope %1</source>
        <translation>el error de truncamiento baja con pendiente %1</translation>
    </message>
    <message>
        <source>; typical error &lt;b&gt;0&lt;/b&gt; (the quotient is exact to the last bit) for h in %1 … %2</source>
        <translation>; error típico &lt;b&gt;0&lt;/b&gt; (el cociente es exacto hasta el último bit) para h en %1 … %2</translation>
    </message>
    <message>
        <source>; best h ≈ &lt;b&gt;%1&lt;/b&gt; (band %2 … %3), typical error &lt;b&gt;%4&lt;/b&gt;</source>
        <translation>; mejor h ≈ &lt;b&gt;%1&lt;/b&gt; (franja %2 … %3), error típico &lt;b&gt;%4&lt;/b&gt;</translation>
    </message>
    <message>
        <source>At %1 = %2 the exact derivative (from the symbolic f′) %3.</source>
        <translation>En %1 = %2 la derivada exacta (de la f′ simbólica) %3.</translation>
    </message>
    <message>
        <source>is %1</source>
        <translation>es %1</translation>
    </message>
    <message>
        <source> f is not defined at %1 = %2, so neither is its derivative.</source>
        <translation> f no está definida en %1 = %2, así que tampoco su derivada.</translation>
    </message>
    <message>
        <source> There is no exact value to measure the error of the difference quotients against.</source>
        <translation> No hay valor exacto con el que medir el error de los cocientes de diferencias.</translation>
    </message>
    <message>
        <source> As h shrinks, truncation error falls (its slope on these axes is measured between h = 10⁻² and 10⁻³)</source>
        <translation> Al reducir h, el error de truncamiento baja (su pendiente en estos ejes se mide entre h = 10⁻² y 10⁻³)</translation>
    </message>
    <message>
        <source> all the way down: round-off in the values of f stays below it at every h shown, so the error does not rise again.</source>
        <translation> hasta el final: el redondeo en los valores de f queda por debajo de él en todos los h mostrados, así que el error no vuelve a subir.</translation>
    </message>
    <message>
        <source>; at smaller h (left of the band), round-off in the values of f takes over and the error rises again.</source>
        <translation>; con h más pequeños (a la izquierda de la franja), el redondeo en los valores de f se impone y el error vuelve a subir.</translation>
    </message>
    <message>
        <source>; for %1, at smaller h (left of the band), round-off in the values of f takes over and the error rises again.</source>
        <translation>; para %1, con h más pequeños (a la izquierda de la franja), el redondeo en los valores de f se impone y el error vuelve a subir.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source> No scheme has a truncation error here: what remains is round-off in the values of f, and it grows as h shrinks.</source>
        <translation> Ningún esquema tiene error de truncamiento aquí: lo que queda es el redondeo en los valores de f, y crece al reducir h.</translation>
    </message>
    <message>
        <source>forward</source>
        <translation>progresiva</translation>
    </message>
    <message>
        <source>backward</source>
        <translation>regresiva</translation>
    </message>
    <message>
        <source>central</source>
        <translation>central</translation>
    </message>
    <message>
        <source> Typical error at h: the median |error| from h/√10 to h·√10 (half a decade either side), what a repeat measurement near that h finds. Best h: where it is smallest; the band: the h around best h where it stays within 2× of that smallest value (so the band need not be centred on best h).</source>
        <translation> Error típico en h: la mediana del |error| de h/√10 a h·√10 (media década a cada lado), lo que encontraría una medición repetida cerca de ese h. Mejor h: donde es menor; la franja: los h alrededor del mejor h donde se mantiene dentro de 2× ese valor mínimo (así que la franja no tiene por qué estar centrada en el mejor h).</translation>
    </message>
</context>
<context>
    <name>gradlab::NumericView</name>
    <message>
        <source>&amp;Point at</source>
        <translation>&amp;Punto en</translation>
    </message>
</context>
<context>
    <name>gradlab::OptimizerBox</name>
    <message>
        <source>Optimizer</source>
        <translation>Optimizador</translation>
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
        <translation>Escríbela como %1</translation>
    </message>
</context>
<context>
    <name>gradlab::RaceFigure</name>
    <message>
        <source>Contour map with the optimizers&apos; paths</source>
        <translation>Mapa de curvas de nivel con las trayectorias de los optimizadores</translation>
    </message>
    <message>
        <source>step</source>
        <translation>paso</translation>
    </message>
    <message>
        <source>|∇f|</source>
        <translation>|∇f|</translation>
    </message>
    <message>
        <source>start</source>
        <translation>inicio</translation>
    </message>
    <message>
        <source>f − f*,  f* %1 %2</source>
        <translation>f − f*,  f* %1 %2</translation>
    </message>
    <message>
        <source>f − best seen</source>
        <translation>f − mejor visto</translation>
    </message>
    <message>
        <source>base lr</source>
        <translation>tasa base</translation>
    </message>
    <message>
        <source>lr</source>
        <translation>tasa</translation>
    </message>
    <message>
        <source>the %1 schedule</source>
        <translation>la programación %1</translation>
    </message>
    <message>
        <source>gradient noise σ = %1 (seed %2)</source>
        <translation>ruido del gradiente σ = %1 (semilla %2)</translation>
    </message>
    <message>
        <source>Every optimizer runs with %1.</source>
        <translation>Todos los optimizadores se ejecutan con %1.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <translation>%1, %2 %3</translation>
    </message>
    <message>
        <source>f = %1 at %2</source>
        <translation>f = %1 en %2</translation>
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
        <translation>Mostrar el estado de los optimizadores</translation>
    </message>
    <message>
        <source>Hide the optimizer state</source>
        <translation>Ocultar el estado de los optimizadores</translation>
    </message>
    <message>
        <source>Change the optimizer settings</source>
        <translation>Cambiar los ajustes de los optimizadores</translation>
    </message>
    <message>
        <source>Change the number of steps</source>
        <translation>Cambiar el número de pasos</translation>
    </message>
    <message>
        <source>Change the learning-rate schedule</source>
        <translation>Cambiar la programación de la tasa de aprendizaje</translation>
    </message>
    <message>
        <source>Change the gradient noise</source>
        <translation>Cambiar el ruido del gradiente</translation>
    </message>
    <message>
        <source>Change the noise seed</source>
        <translation>Cambiar la semilla del ruido</translation>
    </message>
    <message>
        <source>Change the speed</source>
        <translation>Cambiar la velocidad</translation>
    </message>
    <message>
        <source>&quot;secondRate&quot; must be 0 (none) or a positive number, got %1</source>
        <translation>«secondRate» debe ser 0 (ninguna) o un número positivo; se recibió %1</translation>
    </message>
    <message>
        <source>--start needs two coordinates for this lesson (A,B), got %1</source>
        <translation>--start necesita dos coordenadas para esta lección (A,B); se recibieron %1</translation>
    </message>
    <message>
        <source>--optimizer: unknown optimizer &apos;%1&apos; (choose one of %2)</source>
        <translation>--optimizer: optimizador desconocido «%1» (elige uno de %2)</translation>
    </message>
    <message>
        <source>--optimizer: &apos;%1&apos; is listed more than twice (an optimizer races itself at most once, at a second learning rate)</source>
        <translation>--optimizer: «%1» aparece más de dos veces (un optimizador compite contra sí mismo como mucho una vez, con una segunda tasa de aprendizaje)</translation>
    </message>
    <message>
        <source>--lr takes one rate for all optimizers or one per optimizer (%1), got %2</source>
        <translation>--lr admite una tasa para todos los optimizadores o una por optimizador (%1); se recibieron %2</translation>
    </message>
    <message>
        <source>Map another optimizer</source>
        <translation>Mostrar otro optimizador en el mapa</translation>
    </message>
    <message>
        <source>Change the map&apos;s second axis</source>
        <translation>Cambiar el segundo eje del mapa</translation>
    </message>
    <message>
        <source>Change the map&apos;s colour</source>
        <translation>Cambiar el color del mapa</translation>
    </message>
    <message>
        <source>Show the stability map</source>
        <translation>Mostrar el mapa de estabilidad</translation>
    </message>
    <message>
        <source>Show the race</source>
        <translation>Mostrar la carrera</translation>
    </message>
    <message>
        <source>&quot;view&quot; must be race or map, got %1</source>
        <translation>«view» debe ser race o map; se recibió %1</translation>
    </message>
    <message>
        <source>--view must be race or map for this lesson, got &apos;%1&apos;</source>
        <translation>--view debe ser race o map para esta lección; se recibió «%1»</translation>
    </message>
    <message>
        <source>trajectories</source>
        <extracomment>What File → Export Table as CSV writes, shown in brackets after it</extracomment>
        <translation>trayectorias</translation>
    </message>
</context>
<context>
    <name>gradlab::RaceTuner</name>
    <message>
        <source>Tune the learning rates</source>
        <translation>Ajustar las tasas de aprendizaje</translation>
    </message>
    <message>
        <source>%1: every rate diverged, η = %2 kept</source>
        <translation>%1: todas las tasas divergieron; se mantiene η = %2</translation>
    </message>
    <message>
        <source>%1: η = %2 (final loss %3)</source>
        <translation>%1: η = %2 (pérdida final %3)</translation>
    </message>
    <message>
        <source>the best final loss among the rates that converged and whose next larger rate did not diverge</source>
        <translation>la mejor pérdida final entre las tasas que convergieron y cuya siguiente tasa mayor no divergió</translation>
    </message>
    <message>
        <source>no rate had a next larger rate that did not diverge, so this is only the best final loss of the runs that did not diverge: it may sit at the edge of divergence</source>
        <translation>ninguna tasa tenía una siguiente tasa mayor que no divergiera, así que esta es solo la mejor pérdida final de las ejecuciones que no divergieron: puede estar al borde de la divergencia</translation>
    </message>
    <message>
        <source>, one grid step below the first rate that diverged (%1)</source>
        <translation>, un paso de la rejilla por debajo de la primera tasa que divergió (%1)</translation>
    </message>
    <message>
        <source>, %1 grid steps below the first rate that diverged (%2)</source>
        <translation>, %1 pasos de la rejilla por debajo de la primera tasa que divergió (%2)</translation>
    </message>
    <message>
        <source>, and no larger rate tried diverged</source>
        <translation>, y ninguna tasa mayor probada divergió</translation>
    </message>
    <message numerus="yes">
        <source>η = %1 converged in %n step(s) but was left out, as no larger rate vouches for it (the next one diverged or was not tried); this is the best final loss among the rates that did not diverge and whose next larger rate did not diverge either</source>
        <translation>
            <numerusform>η = %1 convergió en %n paso, pero se dejó fuera, ya que ninguna tasa mayor la respalda (la siguiente divergió o no se probó); esta es la mejor pérdida final entre las tasas que no divergieron y cuya siguiente tasa mayor tampoco divergió</numerusform>
            <numerusform>η = %1 convergió en %n pasos, pero se dejó fuera, ya que ninguna tasa mayor la respalda (la siguiente divergió o no se probó); esta es la mejor pérdida final entre las tasas que no divergieron y cuya siguiente tasa mayor tampoco divergió</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no rate converged in %n step(s); the best final loss among the rates that did not diverge and whose next larger rate did not diverge either</source>
        <translation>
            <numerusform>ninguna tasa convergió en %n paso; la mejor pérdida final entre las tasas que no divergieron y cuya siguiente tasa mayor tampoco divergió</numerusform>
            <numerusform>ninguna tasa convergió en %n pasos; la mejor pérdida final entre las tasas que no divergieron y cuya siguiente tasa mayor tampoco divergió</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gradlab::RaceView</name>
    <message>
        <source>optimizer</source>
        <extracomment>Column titles of the optimizers&apos; table: a translation may break a long title onto two lines (
)</extracomment>
        <translation>optimizador</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>tasa de
aprendizaje</translation>
    </message>
    <message>
        <source>2nd run&apos;s rate</source>
        <translation>tasa de la
2.ª ejecución</translation>
    </message>
    <message>
        <source>momentum / β₁ / α</source>
        <translation>momentum / β₁ / α</translation>
    </message>
    <message>
        <source>β₂</source>
        <translation>β₂</translation>
    </message>
    <message>
        <source>Type a second learning rate to race this optimizer against itself (dashed); clear it to remove the second run.</source>
        <translation>Escribe una segunda tasa de aprendizaje para que este optimizador compita contra sí mismo (discontinua); bórrala para quitar la segunda ejecución.</translation>
    </message>
    <message>
        <source>Optimizers and their hyperparameters</source>
        <translation>Optimizadores y sus hiperparámetros</translation>
    </message>
    <message>
        <source>▶ &amp;Play</source>
        <translation>▶ Reprod&amp;ucir</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <extracomment>Button (a verb): move every optimizer one step</extracomment>
        <translation>Un &amp;paso</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <extracomment>Button: put every optimizer back at the start point</extracomment>
        <translation>&amp;Reiniciar</translation>
    </message>
    <message>
        <source>Speed (steps per frame)</source>
        <translation>Velocidad (pasos por fotograma)</translation>
    </message>
    <message>
        <source>Speed</source>
        <extracomment>Label of the animation speed (steps per second while playing)</extracomment>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>Sho&amp;w optimizer state</source>
        <translation>&amp;Ver estado de los optimizadores</translation>
    </message>
    <message>
        <source>Draw each optimizer&apos;s state at its steps: the velocity, Adam&apos;s smoothed gradient against the raw gradient, and the update each adaptive step took per coordinate</source>
        <translation>Dibujar el estado de cada optimizador en sus pasos: la velocidad, el gradiente suavizado de Adam frente al gradiente sin suavizar y la actualización que tomó cada paso adaptativo en cada coordenada</translation>
    </message>
    <message>
        <source>T&amp;une</source>
        <extracomment>Button: choose a learning rate for each optimizer (tuning a hyperparameter)</extracomment>
        <translation>A&amp;justar</translation>
    </message>
    <message>
        <source>Give each optimizer a learning rate for this function, start and number of steps (%1 rates from %2 to %3): the lowest final loss among the rates that converged and whose next larger rate did not diverge, so that the pick keeps a margin from divergence; a diverging run never wins. Second runs keep their rates.</source>
        <translation>Dar a cada optimizador una tasa de aprendizaje para esta función, este punto inicial y este número de pasos (%1 tasas de %2 a %3): la menor pérdida final entre las tasas que convergieron y cuya siguiente tasa mayor no divergió, para que la elección guarde un margen respecto a la divergencia; una ejecución que diverge nunca gana. Las segundas ejecuciones mantienen sus tasas.</translation>
    </message>
    <message>
        <source>Start:</source>
        <extracomment>Label of the start point&apos;s x and y fields (a noun), not &quot;begin&quot;</extracomment>
        <translation>Inicio:</translation>
    </message>
    <message>
        <source>Click the map, drag the orange point or type the start.</source>
        <translation>Haz clic en el mapa, arrastra el punto naranja o escribe el punto inicial.</translation>
    </message>
    <message>
        <source>× base rate</source>
        <translation>× tasa base</translation>
    </message>
    <message>
        <source>❚❚ &amp;Pause</source>
        <translation>❚❚ Pa&amp;usa</translation>
    </message>
    <message>
        <source>Tuning…</source>
        <translation>Ajustando…</translation>
    </message>
    <message>
        <source>Tuning: sweeping each optimizer over %1 learning rates… %2% done</source>
        <translation>Ajustando: barrido de cada optimizador sobre %1 tasas de aprendizaje… %2 % completado</translation>
    </message>
    <message>
        <source>%1, second rate</source>
        <translation>%1, segunda tasa</translation>
    </message>
    <message>
        <source>base learning rate</source>
        <translation>tasa de
aprendizaje base</translation>
    </message>
    <message>
        <source>Optimizer on the map</source>
        <translation>Optimizador en el mapa</translation>
    </message>
    <message>
        <source>Which of the racing optimizers the map shows</source>
        <translation>Cuál de los optimizadores de la carrera muestra el mapa</translation>
    </message>
    <message>
        <source>&amp;Optimizer</source>
        <translation>&amp;Optimizador</translation>
    </message>
    <message>
        <source>R&amp;ace</source>
        <translation>&amp;Carrera</translation>
    </message>
    <message>
        <source>Stability &amp;map</source>
        <translation>&amp;Mapa de estabilidad</translation>
    </message>
    <message numerus="yes">
        <source>Tuned for this function, start and %n step(s) over %1 rates from %2 to %3. %4.</source>
        <translation>
            <numerusform>Ajustado para esta función, este punto inicial y %n paso, sobre %1 tasas de %2 a %3. %4.</numerusform>
            <numerusform>Ajustado para esta función, este punto inicial y %n pasos, sobre %1 tasas de %2 a %3. %4.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gradlab::ScheduleBox</name>
    <message>
        <source>Step size</source>
        <extracomment>StepLR&apos;s step_size: how many updates between two multiplications of the rate</extracomment>
        <translation>Periodo</translation>
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
        <translation>T_max con calentamiento</translation>
    </message>
    <message>
        <source>t-max: the updates the warm-up and the cosine take together, until the rate reaches η_min (torch&apos;s CosineAnnealingLR is given T_max − warm-up)</source>
        <translation>t-max: las actualizaciones del calentamiento y del coseno juntas, hasta que la tasa llega a η_min (el CosineAnnealingLR de torch recibe T_max − calentamiento)</translation>
    </message>
    <message>
        <source>η_min</source>
        <translation>η_min</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>Calentamiento</translation>
    </message>
    <message>
        <source>Start factor</source>
        <extracomment>LinearLR&apos;s start_factor: the warm-up starts at this multiple of the learning rate</extracomment>
        <translation>Factor inicial</translation>
    </message>
    <message>
        <source>Learning-rate schedule</source>
        <translation>Programación de la tasa de aprendizaje</translation>
    </message>
    <message>
        <source>How the learning rate changes from update to update, as torch.optim.lr_scheduler does with scheduler.step() after each optimizer.step()</source>
        <translation>Cómo cambia la tasa de aprendizaje de una actualización a otra, como hace torch.optim.lr_scheduler con scheduler.step() tras cada optimizer.step()</translation>
    </message>
    <message>
        <source>step-size: the rate is multiplied by γ every this many updates (a whole number, at least 1)</source>
        <translation>step-size: la tasa se multiplica por γ cada este número de actualizaciones (un número entero, al menos 1)</translation>
    </message>
    <message>
        <source>gamma: the factor the rate is multiplied by (greater than 0, at most 1)</source>
        <translation>gamma: el factor por el que se multiplica la tasa (mayor que 0, como mucho 1)</translation>
    </message>
    <message>
        <source>t-max: the updates the cosine takes to fall from the base rate to η_min (a whole number)</source>
        <translation>t-max: las actualizaciones que tarda el coseno en bajar de la tasa base a η_min (un número entero)</translation>
    </message>
    <message>
        <source>eta-min: the lowest rate the cosine reaches (0 or more)</source>
        <translation>eta-min: la tasa más baja que alcanza el coseno (0 o más)</translation>
    </message>
    <message>
        <source>warmup: the updates of linear warm-up before the cosine (at least 1, less than T_max)</source>
        <translation>warmup: las actualizaciones de calentamiento lineal antes del coseno (al menos 1, menos que T_max)</translation>
    </message>
    <message>
        <source>start-factor: the first update&apos;s rate is this × the base rate (greater than 0, at most 1)</source>
        <translation>start-factor: la tasa de la primera actualización es este valor × la tasa base (mayor que 0, como mucho 1)</translation>
    </message>
    <message>
        <source>updates</source>
        <translation>actualizaciones</translation>
    </message>
    <message>
        <source>Every update uses the learning rate.</source>
        <translation>Todas las actualizaciones usan la tasa de aprendizaje.</translation>
    </message>
    <message>
        <source>The rate is multiplied by %1 after every update (torch: ExponentialLR).</source>
        <translation>La tasa se multiplica por %1 después de cada actualización (torch: ExponentialLR).</translation>
    </message>
    <message>
        <source>%1 must be a whole number, got %2</source>
        <translation>%1 debe ser un número entero; se recibió %2</translation>
    </message>
    <message>
        <source>%1; kept %2.</source>
        <translation>%1; se mantiene %2.</translation>
    </message>
    <message numerus="yes">
        <source>The rate is multiplied by %1 every %n update(s) (torch: StepLR).</source>
        <translation>
            <numerusform>La tasa se multiplica por %1 cada %n actualización (torch: StepLR).</numerusform>
            <numerusform>La tasa se multiplica por %1 cada %n actualizaciones (torch: StepLR).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The rate falls along half a cosine from the learning rate to %1 over %n update(s), then climbs back and falls again if the run goes on (torch: CosineAnnealingLR).</source>
        <translation>
            <numerusform>La tasa baja a lo largo de medio coseno desde la tasa de aprendizaje hasta %1 en %n actualización; después vuelve a subir y baja de nuevo si la ejecución continúa (torch: CosineAnnealingLR).</numerusform>
            <numerusform>La tasa baja a lo largo de medio coseno desde la tasa de aprendizaje hasta %1 en %n actualizaciones; después vuelve a subir y baja de nuevo si la ejecución continúa (torch: CosineAnnealingLR).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The rate climbs in a straight line from %1 × the learning rate over %n update(s), then falls along a cosine to %2 by update %3, and climbs back if the run goes on (torch: LinearLR, then CosineAnnealingLR).</source>
        <translation>
            <numerusform>La tasa sube en línea recta desde %1 × la tasa de aprendizaje durante %n actualización; después baja a lo largo de un coseno hasta %2 en la actualización %3 y vuelve a subir si la ejecución continúa (torch: LinearLR y después CosineAnnealingLR).</numerusform>
            <numerusform>La tasa sube en línea recta desde %1 × la tasa de aprendizaje durante %n actualizaciones; después baja a lo largo de un coseno hasta %2 en la actualización %3 y vuelve a subir si la ejecución continúa (torch: LinearLR y después CosineAnnealingLR).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gradlab::SchedulePanel</name>
    <message>
        <source>Schedule &amp;&amp; noise</source>
        <translation>Programación y ruido</translation>
    </message>
    <message>
        <source>Learning-rate schedule and gradient noise</source>
        <translation>Programación de la tasa de aprendizaje y ruido del gradiente</translation>
    </message>
</context>
<context>
    <name>gradlab::SecantFigure</name>
    <message>
        <source>Secant and tangent</source>
        <translation>Secante y tangente</translation>
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
        <translation>Pendientes</translation>
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
        <translation>Δy / h</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>Limit table</source>
        <translation>Tabla del límite</translation>
    </message>
    <message>
        <source>&lt;b&gt;The limit table&lt;/b&gt;: as h shrinks, Δy/run approaches f′(a)</source>
        <translation>&lt;b&gt;La tabla del límite&lt;/b&gt;: al reducir h, Δy/h tiende a f′(a)</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;left secant slope &lt;b&gt;%2&lt;/b&gt;&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;color:%3&apos;&gt;right secant slope &lt;b&gt;%4&lt;/b&gt;&lt;/span&gt; &amp;nbsp; Δ%5 = &lt;b&gt;%6&lt;/b&gt;</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;pendiente de la secante izquierda &lt;b&gt;%2&lt;/b&gt;&lt;/span&gt; &amp;#160; &lt;span style=&apos;color:%3&apos;&gt;pendiente de la secante derecha &lt;b&gt;%4&lt;/b&gt;&lt;/span&gt; &amp;#160; Δ%5 = &lt;b&gt;%6&lt;/b&gt;</translation>
    </message>
    <message>
        <source>f has a corner at %1 = %2: the slopes from the left and from the right do not agree however small Δ%1 gets, so f′(%2) does not exist.</source>
        <translation>f tiene un punto anguloso en %1 = %2: las pendientes por la izquierda y por la derecha no coinciden por pequeño que sea Δ%1, así que f′(%2) no existe.</translation>
    </message>
    <message>
        <source> The central quotient (f(%1+h) − f(%1−h))/2h gives 0 here by symmetry: f changes by the same amount on both sides, so the rise cancels. That 0 is not a derivative.</source>
        <translation> El cociente central (f(%1+h) − f(%1−h))/2h da 0 aquí por simetría: f cambia lo mismo a ambos lados, así que la subida se anula. Ese 0 no es una derivada.</translation>
    </message>
    <message>
        <source> The central quotient averages the two one-sided slopes (here %1): that average is not a derivative.</source>
        <translation> El cociente central promedia las dos pendientes laterales (aquí %1): ese promedio no es una derivada.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;secant slope %2&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;color:%3&apos;&gt;tangent slope %4&lt;/span&gt; &amp;nbsp; difference %5 &amp;nbsp; Δ%6 = &lt;b&gt;%7&lt;/b&gt;</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;pendiente de la secante %2&lt;/span&gt; &amp;#160; &lt;span style=&apos;color:%3&apos;&gt;pendiente de la tangente %4&lt;/span&gt; &amp;#160; diferencia %5 &amp;#160; Δ%6 = &lt;b&gt;%7&lt;/b&gt;</translation>
    </message>
    <message>
        <source>f is not defined at %1 = %2, so neither is f′: a slope exists only where f does.</source>
        <translation>f no está definida en %1 = %2, así que tampoco f′: una pendiente solo existe donde existe f.</translation>
    </message>
    <message>
        <source>The tangent at %1 = %2 is vertical: f′ grows without bound, so no number is its slope.</source>
        <translation>La tangente en %1 = %2 es vertical: f′ crece sin límite, así que ningún número es su pendiente.</translation>
    </message>
    <message>
        <source>f′ is not defined at this point.</source>
        <translation>f′ no está definida en este punto.</translation>
    </message>
    <message>
        <source>secant slope %1, tangent slope %2</source>
        <translation>pendiente de la secante %1, pendiente de la tangente %2</translation>
    </message>
    <message>
        <source>secant over Δx = %1 has slope %2; the tangent at %3 = %4 has slope %5</source>
        <translation>la secante con Δx = %1 tiene pendiente %2; la tangente en %3 = %4 tiene pendiente %5</translation>
    </message>
    <message>
        <source>f′(a) is not defined here: there is no error to shrink.</source>
        <translation>f′(a) no está definida aquí: no hay error que reducir.</translation>
    </message>
    <message>
        <source>Here this quotient has no truncation error: what is left is round-off, which grows as h shrinks.</source>
        <translation>Aquí este cociente no tiene error de truncamiento: lo que queda es el redondeo, que crece al reducir h.</translation>
    </message>
    <message>
        <source>Here the error does not shrink with h: the quotient does not approach f′(a).</source>
        <translation>Aquí el error no disminuye con h: el cociente no tiende a f′(a).</translation>
    </message>
    <message>
        <source>a = %1, f(a) = %2, exact f′(a) %3. Error = %5 − f′(a). %4</source>
        <extracomment>%5 is the difference quotient, as the table&apos;s column names it (&quot;Δy / h&quot;, &quot;Δy / 2h&quot;)</extracomment>
        <translation>a = %1, f(a) = %2, f′(a) exacta %3. Error = %5 − f′(a). %4</translation>
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
        <translation>Error calculado %1: menor que el redondeo de este cociente (unos %2), así que no se distingue de 0.</translation>
    </message>
    <message>
        <source>Here the error shrinks like h&lt;sup&gt;%1&lt;/sup&gt; (measured between h = %2 and %3).</source>
        <translation>Aquí el error disminuye como h&lt;sup&gt;%1&lt;/sup&gt; (medido entre h = %2 y %3).</translation>
    </message>
</context>
<context>
    <name>gradlab::SecantLesson</name>
    <message>
        <source>Change Δx</source>
        <translation>Cambiar Δx</translation>
    </message>
    <message>
        <source>Change the difference scheme</source>
        <translation>Cambiar el esquema de diferencias</translation>
    </message>
    <message>
        <source>&quot;dx&quot; must be from %1 to %2, got %3</source>
        <translation>«dx» debe estar entre %1 y %2; se recibió %3</translation>
    </message>
    <message>
        <source>&quot;scheme&quot; must be forward, backward or central, got &quot;%1&quot;</source>
        <translation>«scheme» debe ser forward, backward o central; se recibió «%1»</translation>
    </message>
    <message>
        <source>--h must be between %1 and %2</source>
        <translation>--h debe estar entre %1 y %2</translation>
    </message>
    <message>
        <source>--scheme must be forward, backward or central, got &apos;%1&apos;</source>
        <translation>--scheme debe ser forward, backward o central; se recibió «%1»</translation>
    </message>
    <message>
        <source>Animate Δx toward 0</source>
        <translation>Animar Δx hacia 0</translation>
    </message>
    <message>
        <source>limit table</source>
        <extracomment>What File → Export Table as CSV writes, shown in brackets after it</extracomment>
        <translation>tabla del límite</translation>
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
        <translation>Δx (escala logarítmica)</translation>
    </message>
    <message>
        <source>Δx on a log scale, from 0.000001 to 2</source>
        <translation>Δx en escala logarítmica, de 0.000001 a 2</translation>
    </message>
    <message>
        <source>Δ&amp;x</source>
        <translation>Δ&amp;x</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <extracomment>The three difference quotients: forward, backward and central difference</extracomment>
        <translation>&amp;Progresiva</translation>
    </message>
    <message>
        <source>&amp;Backward</source>
        <translation>&amp;Regresiva</translation>
    </message>
    <message>
        <source>&amp;Central</source>
        <translation>&amp;Central</translation>
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
        <translation>▶ &amp;Animar</translation>
    </message>
    <message>
        <source>Shrink Δx toward 0 and watch the secant turn into the tangent (Space)</source>
        <translation>Reduce Δx hacia 0 y observa cómo la secante se convierte en la tangente (Espacio)</translation>
    </message>
    <message>
        <source>Poi&amp;nt a</source>
        <translation>Pu&amp;nto a</translation>
    </message>
    <message>
        <source>❚❚ &amp;Pause</source>
        <translation>❚❚ Pa&amp;usa</translation>
    </message>
    <message>
        <source>Animate Δx toward 0</source>
        <translation>Animar Δx hacia 0</translation>
    </message>
</context>
<context>
    <name>gradlab::SlopeFigure</name>
    <message>
        <source>Curve with tangent</source>
        <translation>Curva con tangente</translation>
    </message>
    <message>
        <source>f</source>
        <translation>f</translation>
    </message>
    <message>
        <source>point</source>
        <translation>punto</translation>
    </message>
    <message>
        <source>Derivative</source>
        <translation>Derivada</translation>
    </message>
    <message>
        <source>f′</source>
        <translation>f′</translation>
    </message>
    <message>
        <source>Readouts</source>
        <translation>Lecturas</translation>
    </message>
    <message>
        <source>What the slope means</source>
        <translation>Qué significa la pendiente</translation>
    </message>
    <message>
        <source>Rising: the slope is positive, so increasing %1 increases f.</source>
        <translation>Creciente: la pendiente es positiva, así que al aumentar %1 aumenta f.</translation>
    </message>
    <message>
        <source>Falling: the slope is negative, so increasing %1 decreases f.</source>
        <translation>Decreciente: la pendiente es negativa, así que al aumentar %1 disminuye f.</translation>
    </message>
    <message>
        <source>Flat: the slope is 0, and the curve bends upward here (f″ &gt; 0): a minimum.</source>
        <translation>Plana: la pendiente es 0 y la curva se dobla hacia arriba aquí (f″ &gt; 0): un mínimo.</translation>
    </message>
    <message>
        <source>Flat: the slope is 0, and f′ goes from negative to positive here: a minimum.</source>
        <translation>Plana: la pendiente es 0 y f′ pasa de negativa a positiva aquí: un mínimo.</translation>
    </message>
    <message>
        <source>Flat: the slope is 0, and the curve bends downward here (f″ &lt; 0): a maximum.</source>
        <translation>Plana: la pendiente es 0 y la curva se dobla hacia abajo aquí (f″ &lt; 0): un máximo.</translation>
    </message>
    <message>
        <source>Flat: the slope is 0, and f′ goes from positive to negative here: a maximum.</source>
        <translation>Plana: la pendiente es 0 y f′ pasa de positiva a negativa aquí: un máximo.</translation>
    </message>
    <message>
        <source>Flat: the slope is 0, but f keeps going the same way on both sides: neither a minimum nor a maximum.</source>
        <translation>Plana: la pendiente es 0, pero f sigue en el mismo sentido a ambos lados: ni mínimo ni máximo.</translation>
    </message>
    <message>
        <source>Flat: f is constant here, flat everywhere around this point: every point of a constant is both a minimum and a maximum.</source>
        <translation>Plana: f es constante aquí, plana en todo el entorno de este punto: cada punto de una constante es a la vez mínimo y máximo.</translation>
    </message>
    <message>
        <source>f is not defined at %1 = %2, so neither is its slope: f′ exists only where f does.</source>
        <translation>f no está definida en %1 = %2, así que tampoco su pendiente: f′ solo existe donde existe f.</translation>
    </message>
    <message>
        <source>The tangent is vertical here: f′ grows without bound, so no number is the slope.</source>
        <translation>La tangente es vertical aquí: f′ crece sin límite, así que ningún número es la pendiente.</translation>
    </message>
    <message>
        <source>f or its slope is too large for a double here.</source>
        <translation>f o su pendiente es demasiado grande para un double aquí.</translation>
    </message>
    <message>
        <source>f is defined here but its slope is not (a corner, a jump or a cusp).</source>
        <translation>f está definida aquí, pero su pendiente no (un punto anguloso, un salto o una cúspide).</translation>
    </message>
    <message>
        <source>slope at %1 = %2 is %3</source>
        <translation>pendiente en %1 = %2: %3</translation>
    </message>
    <message>
        <source>slope at %1 = %2 is %3, %4</source>
        <translation>la pendiente en %1 = %2 es %3, %4</translation>
    </message>
    <message>
        <source>rising</source>
        <translation>creciente</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>decreciente</translation>
    </message>
    <message>
        <source>flat</source>
        <translation>plana</translation>
    </message>
</context>
<context>
    <name>gradlab::SlopeView</name>
    <message>
        <source>&amp;Point at</source>
        <translation>&amp;Punto en</translation>
    </message>
</context>
<context>
    <name>gradlab::StabilityMapFigure</name>
    <message>
        <source>%1, learning rate</source>
        <translation>%1, tasa de aprendizaje</translation>
    </message>
    <message>
        <source>%1, momentum</source>
        <translation>%1, momentum</translation>
    </message>
    <message>
        <source>%1, RMSprop&apos;s smoothing constant</source>
        <translation>%1, constante de suavizado de RMSprop</translation>
    </message>
    <message>
        <source>%1, Adam&apos;s first-moment decay</source>
        <translation>%1, decaimiento del primer momento de Adam</translation>
    </message>
    <message>
        <source>%1, Adam&apos;s second-moment decay</source>
        <translation>%1, decaimiento del segundo momento de Adam</translation>
    </message>
    <message>
        <source>%1, epsilon</source>
        <translation>%1, épsilon</translation>
    </message>
    <message>
        <source>Stability map</source>
        <translation>Mapa de estabilidad</translation>
    </message>
    <message>
        <source>converged | not</source>
        <translation>convergió | no</translation>
    </message>
    <message>
        <source>diverged | not</source>
        <translation>divergió | no</translation>
    </message>
    <message>
        <source>current settings</source>
        <translation>ajustes actuales</translation>
    </message>
    <message>
        <source>Loss curve with the start point</source>
        <translation>Curva de pérdida con el punto inicial</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>pérdida</translation>
    </message>
    <message>
        <source>start</source>
        <translation>inicio</translation>
    </message>
    <message>
        <source>Second axis of the map</source>
        <translation>Segundo eje del mapa</translation>
    </message>
    <message>
        <source>Colour of the map</source>
        <translation>Color del mapa</translation>
    </message>
    <message>
        <source>final loss</source>
        <translation>pérdida final</translation>
    </message>
    <message>
        <source>steps to converge</source>
        <extracomment>What the map&apos;s colours show: how many steps each run took to converge</extracomment>
        <translation>pasos hasta converger</translation>
    </message>
    <message>
        <source>What the map shows</source>
        <translation>Qué muestra el mapa</translation>
    </message>
    <message>
        <source>Map legend</source>
        <extracomment>The legend of the stability map (a chart of which runs converge)</extracomment>
        <translation>Leyenda del mapa</translation>
    </message>
    <message>
        <source>&amp;Second axis</source>
        <translation>&amp;Segundo eje</translation>
    </message>
    <message>
        <source>&amp;Colour by</source>
        <translation>&amp;Color según</translation>
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
        <translation>los ajustes actuales, %1 (arrastra el punto)</translation>
    </message>
    <message>
        <source>steps until %1 &lt; tolerance</source>
        <translation>pasos hasta %1 &lt; tolerancia</translation>
    </message>
    <message>
        <source>final loss − lowest on map</source>
        <translation>pérdida final − mínima del mapa</translation>
    </message>
    <message>
        <source> (base rate)</source>
        <translation> (tasa base)</translation>
    </message>
    <message>
        <source>coarse pass; computing %1 runs…</source>
        <translation>pasada gruesa; calculando %1 ejecuciones…</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>calculando…</translation>
    </message>
    <message>
        <source>%1 has no second hyperparameter: one row over the learning rate; %2.</source>
        <translation>%1: sin segundo hiperparámetro, así que una sola fila a lo largo de la tasa de aprendizaje; %2.</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>divergió</translation>
    </message>
    <message>
        <source>%1 never fell below the tolerance</source>
        <translation>%1 nunca bajó de la tolerancia</translation>
    </message>
    <message>
        <source>white line: %1 fell below the tolerance | never did</source>
        <translation>línea blanca: %1 bajó de la tolerancia | nunca</translation>
    </message>
    <message>
        <source>white line: converged | not converged</source>
        <translation>línea blanca: convergió | no convergió</translation>
    </message>
    <message>
        <source>black line: diverged | not diverged</source>
        <translation>línea negra: divergió | no divergió</translation>
    </message>
    <message>
        <source>the current settings, %1</source>
        <translation>los ajustes actuales, %1</translation>
    </message>
    <message>
        <source>%1: each cell one run from the start%2; %3.</source>
        <translation>%1: cada celda es una ejecución desde el punto inicial%2; %3.</translation>
    </message>
    <message numerus="yes">
        <source>%1 runs of %n step(s)</source>
        <extracomment>%1 is how many runs: the map&apos;s grid, &quot;40 × 30&quot;, or the count of its one row, &quot;120&quot;</extracomment>
        <translation>
            <numerusform>%1 ejecuciones de %n paso</numerusform>
            <numerusform>%1 ejecuciones de %n pasos</numerusform>
        </translation>
    </message>
    <message>
        <source>final loss − Lₘᵢₙ</source>
        <translation>pérdida final − Lₘᵢₙ</translation>
    </message>
</context>
<context>
    <name>gradlab::StabilityMapper</name>
    <message>
        <source>Set %1&apos;s %2 and %3</source>
        <translation>Fijar %2 y %3 (%1)</translation>
    </message>
    <message>
        <source>Set %1&apos;s %2</source>
        <translation>Fijar %2 (%1)</translation>
    </message>
    <message>
        <source>Set %1 and %2</source>
        <translation>Fijar %1 y %2</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>Fijar %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be one of momentum, alpha, beta1, beta2, got %2</source>
        <translation>«%1» debe ser momentum, alpha, beta1 o beta2; se recibió %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2 or %3, got %4</source>
        <translation>«%1» debe ser %2 o %3; se recibió %4</translation>
    </message>
</context>
<context>
    <name>gradlab::StepInspector</name>
    <message>
        <source>Step inspector</source>
        <translation>Inspector de pasos</translation>
    </message>
    <message>
        <source>Click a step on the plot or a row of the step table to see inside it; ←/→ walk the steps, Esc closes.</source>
        <translation>Haz clic en un paso del gráfico o en una fila de la tabla de pasos para ver su interior; ←/→ recorren los pasos, Esc cierra.</translation>
    </message>
    <message>
        <source>Step %1 → %2: %3%4, η = %5</source>
        <translation>Paso %1 → %2: %3%4, η = %5</translation>
    </message>
    <message>
        <source>Start %1&lt;sub&gt;%2&lt;/sub&gt; = %3, f = %4</source>
        <translation>Inicio %1&lt;sub&gt;%2&lt;/sub&gt; = %3, f = %4</translation>
    </message>
    <message>
        <source>Gradient ∇f(%1&lt;sub&gt;%2&lt;/sub&gt;) = %3</source>
        <translation>Gradiente ∇f(%1&lt;sub&gt;%2&lt;/sub&gt;) = %3</translation>
    </message>
    <message>
        <source>Gradient the update used, with noise: g = %1</source>
        <translation>Gradiente que usó la actualización, con ruido: g = %1</translation>
    </message>
    <message>
        <source>state</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>before</source>
        <translation>antes</translation>
    </message>
    <message>
        <source>after</source>
        <translation>después</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aún ninguno</translation>
    </message>
    <message>
        <source>Step size per coordinate η′ = %1</source>
        <translation>Tamaño del paso por coordenada η′ = %1</translation>
    </message>
    <message>
        <source>Curvature f″(%1&lt;sub&gt;%2&lt;/sub&gt;) = %3</source>
        <translation>Curvatura f″(%1&lt;sub&gt;%2&lt;/sub&gt;) = %3</translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation>Regla:</translation>
    </message>
    <message>
        <source>With the numbers:</source>
        <translation>Con los números:</translation>
    </message>
    <message>
        <source>Lands at %1&lt;sub&gt;%2&lt;/sub&gt; = %3, f = %4</source>
        <translation>Llega a %1&lt;sub&gt;%2&lt;/sub&gt; = %3, f = %4</translation>
    </message>
    <message>
        <source>Step %1: %2%3, the run&apos;s current point</source>
        <translation>Paso %1: %2%3, el punto actual de la ejecución</translation>
    </message>
    <message>
        <source>Point %1&lt;sub&gt;%2&lt;/sub&gt; = %3, f = %4</source>
        <translation>Punto %1&lt;sub&gt;%2&lt;/sub&gt; = %3, f = %4</translation>
    </message>
    <message>
        <source>after step %1 → %2</source>
        <translation>tras el paso %1 → %2</translation>
    </message>
    <message>
        <source>No update has left this point yet: Step or Play takes the next one; ← shows the update that led here.</source>
        <translation>Ninguna actualización ha salido aún de este punto: Un paso o Reproducir da la siguiente; ← muestra la actualización que llevó hasta aquí.</translation>
    </message>
    <message>
        <source>The run stopped here (%1); ← shows the update that led here.</source>
        <translation>La ejecución se detuvo aquí (%1); ← muestra la actualización que llevó hasta aquí.</translation>
    </message>
    <message>
        <source>Hessian H = %1</source>
        <translation>Hessiana H = %1</translation>
    </message>
</context>
<context>
    <name>gradlab::StepPicker</name>
    <message>
        <source>inspected step</source>
        <translation>paso inspeccionado</translation>
    </message>
    <message>
        <source>Click a point of a run or a row of the step table to see inside that step; ←/→ walk the steps, Esc closes.</source>
        <translation>Haz clic en un punto de una ejecución o en una fila de la tabla de pasos para ver el interior de ese paso; ←/→ recorren los pasos, Esc cierra.</translation>
    </message>
    <message>
        <source>Click a point of a run on the map to see inside that step; ←/→ walk the steps, Esc closes.</source>
        <translation>Haz clic en un punto de una ejecución en el mapa para ver el interior de ese paso; ←/→ recorren los pasos, Esc cierra.</translation>
    </message>
</context>
<context>
    <name>gradlab::Surface3dLesson</name>
    <message>
        <source>Follow another optimizer</source>
        <translation>Seguir otro optimizador</translation>
    </message>
    <message>
        <source>Change the height scale</source>
        <translation>Cambiar la escala de altura</translation>
    </message>
    <message>
        <source>logHeight must be true or false</source>
        <translation>logHeight debe ser true o false</translation>
    </message>
    <message>
        <source>trajectories</source>
        <extracomment>What File → Export Table as CSV writes, shown in brackets after it</extracomment>
        <translation>trayectorias</translation>
    </message>
</context>
<context>
    <name>gradlab::SurfaceLesson</name>
    <message>
        <source>Change the function</source>
        <translation>Cambiar la función</translation>
    </message>
    <message>
        <source>Move the point</source>
        <translation>Mover el punto</translation>
    </message>
    <message>
        <source>--at needs two coordinates for this lesson (A,B), got %1</source>
        <translation>--at necesita dos coordenadas para esta lección (A,B); se recibieron %1</translation>
    </message>
</context>
<context>
    <name>gradlab::SurfaceScene</name>
    <message>
        <source>the 3-D graph could not get an OpenGL context</source>
        <translation>el gráfico 3-D no pudo obtener un contexto OpenGL</translation>
    </message>
    <message>
        <source>3-D loss surface</source>
        <translation>Superficie de pérdida en 3-D</translation>
    </message>
</context>
<context>
    <name>gradlab::SurfaceView</name>
    <message>
        <source>Optimizer the ball follows</source>
        <translation>Optimizador que sigue la bola</translation>
    </message>
    <message>
        <source>▶ &amp;Play</source>
        <translation>▶ Reprod&amp;ucir</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <extracomment>Button (a verb): move every optimizer one step</extracomment>
        <translation>Un &amp;paso</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <extracomment>Button: put every optimizer back at the start point</extracomment>
        <translation>&amp;Reiniciar</translation>
    </message>
    <message>
        <source>&amp;Log height</source>
        <translation>Altura &amp;logarítmica</translation>
    </message>
    <message>
        <source>Draw the height as log₁₀(1 + f − m), m the lowest f on the rectangle rounded down (0 when f ≥ 0): a valley that the linear height flattens shows its shape. The vertical axis says which height is drawn.</source>
        <translation>Dibujar la altura como log₁₀(1 + f − m), con m el menor valor de f en el rectángulo redondeado hacia abajo (0 cuando f ≥ 0): así se ve la forma de un valle que la altura lineal aplana. El eje vertical indica qué altura se dibuja.</translation>
    </message>
    <message>
        <source>Reset &amp;view</source>
        <translation>Restablecer la &amp;vista</translation>
    </message>
    <message>
        <source>Back to the view from the front, above the surface (Ctrl+0)</source>
        <translation>Volver a la vista frontal, por encima de la superficie (Ctrl+0)</translation>
    </message>
    <message>
        <source>&amp;Top view</source>
        <translation>Vista &amp;superior</translation>
    </message>
    <message>
        <source>Look straight down: x to the right, y up, as on the maps</source>
        <translation>Mirar en vertical hacia abajo: x hacia la derecha, y hacia arriba, como en los mapas</translation>
    </message>
    <message>
        <source>The same function, start and runs as “Descent on a surface”. Drag to rotate, scroll to zoom. &lt;span style=&apos;color:%1&apos;&gt;●&lt;/span&gt; ball &amp;nbsp; %2 trail &amp;nbsp; &lt;span style=&apos;color:%3&apos;&gt;➜&lt;/span&gt; green arrow: the downhill direction −∇f, longer where the slope is steeper (log scale); its |∇f| is read out below</source>
        <translation>La misma función, punto inicial y ejecuciones que en «Descenso sobre una superficie». Arrastra para girar, usa la rueda para ampliar. &lt;span style=&apos;color:%1&apos;&gt;●&lt;/span&gt; bola &amp;#160; %2 rastro &amp;#160; &lt;span style=&apos;color:%3&apos;&gt;➜&lt;/span&gt; flecha verde: la dirección de descenso −∇f, más larga donde la pendiente es mayor (escala logarítmica); su |∇f| se indica abajo</translation>
    </message>
    <message>
        <source>Ball follows</source>
        <translation>La bola sigue</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The 3-D view cannot draw here&lt;/h3&gt;&lt;p&gt;It needs OpenGL, and %1.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Every other lesson works without it; “Descent on a surface” shows this function, start and runs as a map.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;La vista 3-D no puede dibujar aquí&lt;/h3&gt;&lt;p&gt;Necesita OpenGL, y %1.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Todas las demás lecciones funcionan sin él; «Descenso sobre una superficie» muestra esta función, punto inicial y ejecuciones como un mapa.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>❚❚ &amp;Pause</source>
        <translation>❚❚ Pa&amp;usa</translation>
    </message>
    <message>
        <source>No optimizer is enabled in “Descent on a surface”.</source>
        <translation>No hay ningún optimizador activado en «Descenso sobre una superficie».</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;➜ −∇f&lt;/span&gt;: %2</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;➜ −∇f&lt;/span&gt;: %2</translation>
    </message>
    <message>
        <source> Here the arrow is cut short where the surface rises above it, across the valley.</source>
        <translation> Aquí la flecha se corta donde la superficie se eleva por encima de ella, al otro lado del valle.</translation>
    </message>
    <message>
        <source>&lt;br&gt;The surface is cut flat at f = %1, where it rises steeply (a pole or a wall); “Log height” shows all of it.</source>
        <translation>&lt;br&gt;La superficie se corta plana en f = %1, donde sube bruscamente (un polo o una pared); «Altura logarítmica» la muestra entera.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: step %2, f = %3 at (%4, %5). %6&lt;br&gt;%7</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: paso %2, f = %3 en (%4; %5). %6&lt;br&gt;%7</translation>
    </message>
</context>
<context>
    <name>gradlab::ValueField</name>
    <message>
        <source>A number or a constant expression, such as 1.5, pi/2, sqrt(2) or e^-1. Enter takes it; Up and Down step it.</source>
        <translation>Un número o una expresión constante, como 1.5, pi/2, sqrt(2) o e^-1. Intro lo acepta; Arriba y Abajo lo cambian paso a paso.</translation>
    </message>
    <message>
        <source>type a number, such as 1.5 or pi/2</source>
        <translation>escribe un número, como 1.5 o pi/2</translation>
    </message>
    <message>
        <source>a number is needed here, not a formula in %1</source>
        <translation>aquí hace falta un número, no una fórmula en %1</translation>
    </message>
    <message>
        <source>this has no finite value</source>
        <translation>esto no tiene un valor finito</translation>
    </message>
    <message>
        <source>%1 is outside the range this field takes, %2 to %3</source>
        <translation>%1 está fuera del intervalo que admite este campo, de %2 a %3</translation>
    </message>
    <message>
        <source>%1; kept %2.</source>
        <translation>%1; se mantiene %2.</translation>
    </message>
</context>
<context>
    <name>gradlab::ZoomFigure</name>
    <message>
        <source>Magnifier</source>
        <translation>Lupa</translation>
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
        <translation>Separación frente a semiancho, log-log</translation>
    </message>
    <message>
        <source>half-width w</source>
        <extracomment>Axis labels: half the width of the zoom window, and the largest gap between curve and tangent in it</extracomment>
        <translation>semiancho w</translation>
    </message>
    <message>
        <source>largest gap</source>
        <translation>mayor separación</translation>
    </message>
    <message>
        <source>Largest gap</source>
        <translation>Mayor separación</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>&lt;b&gt;The gap against the window&lt;/b&gt; (log-log)</source>
        <translation>&lt;b&gt;La separación frente a la ventana&lt;/b&gt; (log-log)</translation>
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
        <translation>Ventana %1 ± &lt;b&gt;%2&lt;/b&gt;: mayor separación entre la curva y la %3 &lt;b&gt;%4&lt;/b&gt; (%5 del ancho de la ventana)</translation>
    </message>
    <message>
        <source>line</source>
        <translation>recta</translation>
    </message>
    <message>
        <source>tangent</source>
        <translation>tangente</translation>
    </message>
    <message>
        <source>Window %1 ± &lt;b&gt;%2&lt;/b&gt;: f has no value somewhere in this window, so there is no largest gap</source>
        <translation>Ventana %1 ± &lt;b&gt;%2&lt;/b&gt;: f no tiene valor en algún punto de esta ventana, así que no hay mayor separación</translation>
    </message>
    <message>
        <source>Window %1 ± &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Ventana %1 ± &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Measured slope %1 (between w = %2 and %3): shrinking the window 10× divides the gap by about %4.</source>
        <translation>Pendiente medida %1 (entre w = %2 y %3): reducir la ventana 10× divide la separación por unos %4.</translation>
    </message>
    <message>
        <source>The dashed line is ∝ %1: the first Taylor term after the tangent that is not zero has order %2, not 2.</source>
        <translation>La línea discontinua es ∝ %1: el primer término de Taylor no nulo después de la tangente tiene orden %2, no 2.</translation>
    </message>
    <message>
        <source>The dashed line is ∝ %1.</source>
        <translation>La línea discontinua es ∝ %1.</translation>
    </message>
    <message>
        <source>No slope to measure: the gap is rounding (or none) in every window, so f is a straight line here.</source>
        <translation>No hay pendiente que medir: la separación es redondeo (o nula) en todas las ventanas, así que f es una recta aquí.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;Tangent&lt;/span&gt;: y = %2·%3 %4 %5 &amp;nbsp; (f(a) = %6, f′(a) = %7)</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;Tangente&lt;/span&gt;: y = %2·%3 %4 %5 &amp;nbsp; (f(a) = %6, f′(a) = %7)</translation>
    </message>
    <message>
        <source>bending up: f″ &gt; 0</source>
        <translation>se curva hacia arriba: f″ &gt; 0</translation>
    </message>
    <message>
        <source>bending down: f″ &lt; 0</source>
        <translation>se curva hacia abajo: f″ &lt; 0</translation>
    </message>
    <message>
        <source>no bending at this order</source>
        <translation>no se curva a este orden</translation>
    </message>
    <message>
        <source>f″(a) %1, %2. Parabola: y = %3 %4 %5·(%6 − a) %7 %8·(%6 − a)²</source>
        <translation>f″(a) %1, %2. Parábola: y = %3 %4 %5·(%6 − a) %7 %8·(%6 − a)²</translation>
    </message>
    <message>
        <source>; cubic term %1·(%2 − a)³</source>
        <translation>; término cúbico %1·(%2 − a)³</translation>
    </message>
    <message>
        <source>. Osculating circle: radius (1 + f′²)^{3/2}/|f″| = %1, centre (%2, %3)</source>
        <translation>. Círculo osculador: radio (1 + f′²)^{3/2}/|f″| = %1, centro (%2; %3)</translation>
    </message>
    <message>
        <source>. No osculating circle: its radius (1 + f′²)^{3/2}/|f″| is infinite</source>
        <translation>. No hay círculo osculador: su radio (1 + f′²)^{3/2}/|f″| es infinito</translation>
    </message>
    <message>
        <source>Newton&apos;s step: x⁺ = a − f′/f″ = %1, the parabola&apos;s lowest point. Gradient descent with η = 1/f″ = %2 jumps to the same point; η = 2/f″ = %3 is the critical rate of the lesson &quot;%4&quot; %5.</source>
        <translation>Paso de Newton: x⁺ = a − f′/f″ = %1, el punto más bajo de la parábola. El descenso de gradiente con η = 1/f″ = %2 salta al mismo punto; η = 2/f″ = %3 es la tasa crítica de la lección «%4» %5.</translation>
    </message>
    <message>
        <source>(f is quadratic: its parabola is f itself)</source>
        <translation>(f es cuadrática: su parábola es la propia f)</translation>
    </message>
    <message>
        <source>for the local quadratic model only: f is not quadratic, so near here, not everywhere</source>
        <translation>solo para el modelo cuadrático local: f no es cuadrática, así que vale cerca de aquí, no en todas partes</translation>
    </message>
    <message>
        <source>Newton&apos;s step: x⁺ = a − f′/f″ = %1 = a, as f′(a) = 0: the point is the parabola&apos;s highest point, and neither Newton&apos;s method nor gradient descent moves from it; 1/f″ and 2/f″ are negative, so they are not learning rates.</source>
        <translation>Paso de Newton: x⁺ = a − f′/f″ = %1 = a, ya que f′(a) = 0: el punto es el más alto de la parábola, y ni el método de Newton ni el descenso de gradiente se mueven de él; 1/f″ y 2/f″ son negativos, así que no son tasas de aprendizaje.</translation>
    </message>
    <message>
        <source>Newton&apos;s step: x⁺ = a − f′/f″ = %1 is the parabola&apos;s highest point: Newton&apos;s method heads uphill here, while gradient descent goes down, so 1/f″ and 2/f″ are not learning rates.</source>
        <translation>Paso de Newton: x⁺ = a − f′/f″ = %1 es el punto más alto de la parábola: aquí el método de Newton va cuesta arriba, mientras que el descenso de gradiente baja, así que 1/f″ y 2/f″ no son tasas de aprendizaje.</translation>
    </message>
    <message>
        <source>Newton&apos;s step: none, as the parabola is the tangent itself, a line with no lowest point, so a − f′/f″ does not exist.</source>
        <translation>Paso de Newton: ninguno, ya que la parábola es la propia tangente, una recta sin punto más bajo, así que a − f′/f″ no existe.</translation>
    </message>
    <message>
        <source>f has a corner at %1: the slope from the left is %2, from the right %3. However far you zoom in, the curve keeps its corner: the gap shrinks only like the width (slope 1), never like its square, so f never looks straight here. The dashed line has the mean of the two slopes (%4): it is no tangent.</source>
        <translation>f tiene un punto anguloso en %1: la pendiente por la izquierda es %2 y por la derecha %3. Por mucho que amplíes, la curva conserva su punto anguloso: la separación solo se reduce como el ancho (pendiente 1), nunca como su cuadrado, así que f nunca parece recta aquí. La línea discontinua tiene la media de las dos pendientes (%4): no es una tangente.</translation>
    </message>
    <message>
        <source>The tangent at %1 is vertical: f′ grows without bound, so no line y = m·x + c fits.</source>
        <translation>La tangente en %1 es vertical: f′ crece sin límite, así que ninguna recta y = m·x + c se ajusta.</translation>
    </message>
    <message>
        <source>f is not defined at %1, so it has no tangent there.</source>
        <translation>f no está definida en %1, así que no tiene tangente ahí.</translation>
    </message>
    <message>
        <source>At this zoom the gap (%1) is below %2 times its rounding (about %3): what is left is the arithmetic of doubles, not the curve. Animate stops at w = %4.</source>
        <translation>Con este zoom la separación (%1) es menor que %2 veces su redondeo (unos %3): lo que queda es la aritmética de los doubles, no la curva. Animar se detiene en w = %4.</translation>
    </message>
</context>
<context>
    <name>gradlab::ZoomLesson</name>
    <message>
        <source>Corner</source>
        <translation>Punto anguloso</translation>
    </message>
    <message>
        <source>Logarithm</source>
        <translation>Logaritmo</translation>
    </message>
    <message>
        <source>Bump</source>
        <translation>Campana</translation>
    </message>
    <message>
        <source>Zoom</source>
        <extracomment>Undo/redo item: the zoom window was changed</extracomment>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Show the Taylor parabola</source>
        <translation>Mostrar la parábola de Taylor</translation>
    </message>
    <message>
        <source>Show the Taylor cubic</source>
        <translation>Mostrar la cúbica de Taylor</translation>
    </message>
    <message>
        <source>Show the osculating circle</source>
        <translation>Mostrar el círculo osculador</translation>
    </message>
    <message>
        <source>Show Newton&apos;s step</source>
        <translation>Mostrar el paso de Newton</translation>
    </message>
    <message>
        <source>Animate the zoom</source>
        <translation>Animar el zoom</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number from %2 to %3</source>
        <translation>«%1» debe ser un número de %2 a %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>«%1» debe ser true o false</translation>
    </message>
    <message>
        <source>--zoom must be a half-width from %1 to %2</source>
        <translation>--zoom debe ser un semiancho de %1 a %2</translation>
    </message>
    <message>
        <source>gap table</source>
        <extracomment>What File → Export Table as CSV writes, shown in brackets after it</extracomment>
        <translation>tabla de distancias</translation>
    </message>
</context>
<context>
    <name>gradlab::ZoomView</name>
    <message>
        <source>Poi&amp;nt a</source>
        <translation>Pu&amp;nto a</translation>
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
        <translation>Zoom (semiancho, escala logarítmica)</translation>
    </message>
    <message>
        <source>The window&apos;s half-width w on a log scale, from 10 down to 0.000001</source>
        <translation>El semiancho w de la ventana en escala logarítmica, de 10 a 0.000001</translation>
    </message>
    <message>
        <source>&amp;Zoom</source>
        <translation>&amp;Zoom</translation>
    </message>
    <message>
        <source>The window is a − w … a + w</source>
        <translation>La ventana es a − w … a + w</translation>
    </message>
    <message>
        <source>▶ &amp;Animate</source>
        <translation>▶ &amp;Animar</translation>
    </message>
    <message>
        <source>Zoom in by decades around the point and watch the curve straighten (Space)</source>
        <translation>Amplía por décadas alrededor del punto y observa cómo la curva se endereza (Espacio)</translation>
    </message>
    <message>
        <source>Taylor &amp;parabola</source>
        <translation>&amp;Parábola de Taylor</translation>
    </message>
    <message>
        <source>&amp;Cubic</source>
        <translation>&amp;Cúbica</translation>
    </message>
    <message>
        <source>&amp;Osculating circle</source>
        <translation>Círculo &amp;osculador</translation>
    </message>
    <message>
        <source>Ne&amp;wton&apos;s step</source>
        <translation>Paso de Ne&amp;wton</translation>
    </message>
    <message>
        <source>❚❚ &amp;Pause</source>
        <translation>❚❚ Pa&amp;usa</translation>
    </message>
</context>
<context>
    <name>gradlab::derivative</name>
    <message>
        <source>the derivative of this formula is too large to compute</source>
        <translation>la derivada de esta fórmula es demasiado grande para calcularla</translation>
    </message>
</context>
<context>
    <name>gradlab::function</name>
    <message>
        <source>this lesson needs a function of one variable; this one has %1 (%2)</source>
        <translation>esta lección necesita una función de una variable; esta tiene %1 (%2)</translation>
    </message>
    <message>
        <source>this lesson needs a function of two variables</source>
        <translation>esta lección necesita una función de dos variables</translation>
    </message>
</context>
<context>
    <name>gradlab::parser</name>
    <message>
        <source>unexpected character %1</source>
        <translation>carácter inesperado %1</translation>
    </message>
    <message>
        <source>%1 at column %2</source>
        <translation>%1 en la columna %2</translation>
    </message>
    <message>
        <source>number &apos;%1&apos; is too small to represent</source>
        <translation>el número «%1» es demasiado pequeño para representarlo</translation>
    </message>
    <message>
        <source>number &apos;%1&apos; is too large to represent</source>
        <translation>el número «%1» es demasiado grande para representarlo</translation>
    </message>
    <message>
        <source>malformed number &apos;%1&apos;</source>
        <translation>número mal formado «%1»</translation>
    </message>
    <message>
        <source>invalid UTF-8 (byte %1) at column %2</source>
        <translation>UTF-8 no válido (byte %1) en la columna %2</translation>
    </message>
    <message>
        <source>end of formula</source>
        <translation>el final de la fórmula</translation>
    </message>
    <message>
        <source>empty formula</source>
        <translation>fórmula vacía</translation>
    </message>
    <message>
        <source>incomplete formula: expected a number, a variable or &apos;(&apos; after %1 at column %2</source>
        <translation>fórmula incompleta: se esperaba un número, una variable o «(» después de %1 en la columna %2</translation>
    </message>
    <message>
        <source>missing operator before &apos;%1&apos; at column %2</source>
        <translation>falta un operador antes de «%1» en la columna %2</translation>
    </message>
    <message>
        <source>unexpected %1 at column %2</source>
        <translation>%1 inesperado en la columna %2</translation>
    </message>
    <message>
        <source>formula is nested too deeply (more than %1 levels) at column %2</source>
        <translation>fórmula anidada demasiado (más de %1 niveles) en la columna %2</translation>
    </message>
    <message>
        <source>empty brackets at column %1</source>
        <translation>paréntesis vacíos en la columna %1</translation>
    </message>
    <message>
        <source>missing &apos;)&apos; to close the &apos;(&apos; at column %1</source>
        <translation>falta «)» para cerrar el «(» de la columna %1</translation>
    </message>
    <message>
        <source>unknown variable &apos;%1&apos; at column %2 (the variables are %3)</source>
        <translation>variable desconocida «%1» en la columna %2 (las variables son %3)</translation>
    </message>
    <message>
        <source>expected &apos;(&apos; after &apos;%1&apos; at column %2</source>
        <translation>se esperaba «(» después de «%1» en la columna %2</translation>
    </message>
    <message>
        <source>missing argument of &apos;%1&apos; at column %2</source>
        <translation>falta el argumento de «%1» en la columna %2</translation>
    </message>
    <message>
        <source>unknown function &apos;%1&apos; at column %2</source>
        <translation>función desconocida «%1» en la columna %2</translation>
    </message>
    <message>
        <source>unknown function &apos;%1&apos; at column %3 (did you mean &apos;%2&apos;?)</source>
        <translation>función desconocida «%1» en la columna %3 (¿querías decir «%2»?)</translation>
    </message>
    <message>
        <source>unknown name &apos;%1&apos; at column %3 (did you mean &apos;%2&apos;?)</source>
        <translation>nombre desconocido «%1» en la columna %3 (¿querías decir «%2»?)</translation>
    </message>
    <message>
        <source>too many variables: %1 (at most two)</source>
        <translation>demasiadas variables: %1 (dos como máximo)</translation>
    </message>
</context>
<context>
    <name>gradlab::taylor</name>
    <message>
        <source>a Taylor expansion here needs a function of one variable, not %1</source>
        <translation>aquí un desarrollo de Taylor necesita una función de una variable, no de %1</translation>
    </message>
    <message>
        <source>the order must be from 1 to %1, got %2</source>
        <translation>el orden debe estar entre 1 y %1; se recibió %2</translation>
    </message>
</context>
</TS>
