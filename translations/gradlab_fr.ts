<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>FitView</name>
    <message>
        <source>Momentum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>α</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>β₁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>β₂</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonDocument</name>
    <message>
        <source>in lesson &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <source>Slope at a point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secant → tangent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in until it looks straight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numerical derivatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autograd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial derivatives and the gradient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient descent in 1-D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descent on a surface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 3-D loss surface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fitting a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 3-D view needs OpenGL, which is not available here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumericFigure</name>
    <message>
        <source>forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>central</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lesson “%1” has no animation (secant, descent1d and race have one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot draw the figure (3-D drawing needs OpenGL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the GIF is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a frame has another size than the animation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: only .pdf and .svg are vector formats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: the format &apos;%2&apos; is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no OpenGL context can be created on the “%1” Qt platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an OpenGL context was created but cannot draw on the “%1” Qt platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the OpenGL driver offers version %1.%2; the 3-D view needs 2.1 or later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To see it, start GradLab where OpenGL works: on a desktop session (not with &lt;code&gt;QT_QPA_PLATFORM=offscreen&lt;/code&gt; or &lt;code&gt;minimal&lt;/code&gt;), with an OpenGL driver installed (Mesa&apos;s works everywhere, also without a graphics card: on Debian or Ubuntu &lt;code&gt;sudo apt install libgl1-mesa-dri libglx-mesa0&lt;/code&gt;). Over SSH or remote desktop, run it on the remote machine&apos;s display with Mesa, or under &lt;code&gt;xvfb-run&lt;/code&gt; for export only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run counts as converged when |gradient| falls below this, or when its loss gap to the minimum it approaches has shrunk to this fraction of where it began (between %1 and %2, for example 1e-6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tolerance must be a number between %1 and %2, such as 1e-6; kept %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learning rate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base learning rate %1, %2 schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, noise σ = %1 (seed %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gradlab</name>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; should be %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; should be a list of %2 values, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a GradLab lesson file, or it is damaged or cut short: %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a GradLab lesson file (it has no &quot;format&quot;: &quot;gradlab&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its format version is missing or not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was saved by a newer GradLab (format version %1; this version reads up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;lessons&quot; should be an object, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown lesson &quot;%1&quot; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;lessons.%1&quot; should be an object, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;active&quot; should be text, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown active lesson &quot;%1&quot; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: it is %2 MB, far too large for a lesson file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undefined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too large for a double: the value exists but is beyond ±1.8·10³⁰⁸.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undefined (vertical tangent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f has a value here, but its slope grows without bound: the tangent line is vertical, and no number is its slope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed value %1: smaller than the round-off of its computation here (about %2), so it cannot be told from 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed difference %1: smaller than its round-off here (about %2), so it cannot be told from 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow length grows with log |∇f|: |∇f| = %1 is drawn longest, each ×10 less is %2 shorter, and below %3 there is no arrow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quarter of that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1/%1 of that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>|∇f| = %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>|∇f| = %1, steeper than anywhere on the rectangle: the arrow is drawn at its longest. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>|∇f| = %1 is &lt;b&gt;too small to draw&lt;/b&gt;, so no arrow is shown. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>∇f is not defined here, so no arrow is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>|∇f| = %1. Arrow length shows |∇f|: an arrow 1 unit long stands for a slope of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>|∇f| = %1. Arrow length shows |∇f| (1 unit of length = a slope of %2), but this arrow is drawn &lt;b&gt;shortened&lt;/b&gt; to fit: to scale it would be %3 units long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>|∇f| = %1 is &lt;b&gt;too small to draw&lt;/b&gt; at this function&apos;s scale (an arrow 1 unit long stands for a slope of %2), so no arrow is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimizer state: gradient descent and Newton&apos;s method keep none, so nothing is drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimizer state, drawn from where each update started (the latest strong, earlier ones faded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Momentum, Nesterov: solid arrow −η·v, the velocity v (torch&apos;s momentum_buffer) after the update, times the rate (momentum&apos;s update itself); dashed −η·g, the step the gradient alone would take.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adam: solid arrow −η·m/(√v + ε), m and v its averages bias-corrected (exp_avg/(1 − β₁ᵗ), exp_avg_sq/(1 − β₂ᵗ)): the update it took; dashed −η·g/(√v + ε), the same with the raw gradient g in place of the smoothed m.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bar (Adagrad, RMSprop, Adam), drawn just below the arrow: half-width |Δw|, the update taken: the effective step size below times the gradient (for Adam times the bias-corrected m/(1 − β₁ᵗ) instead).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box (Adagrad, RMSprop, Adam): half-widths |Δx|, |Δy|, the update taken in each coordinate (it lands on a corner): the per-coordinate step size below times the gradient (for Adam times the bias-corrected m/(1 − β₁ᵗ) instead).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too short to read at this zoom, the marks are drawn longer than the update: %1 (divide what you see by that factor; zoom in for the true lengths).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, update %2: %3 = %4, so %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gradlab::AutogradFigure</name>
    <message>
        <source>Gradient comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backward through %1 (grad %2): its inputs are constants, which take no gradient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to %1: %2 × %3 %4 %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backward through %1 (grad %2). Chain rule, upstream gradient × local derivative (the number on the arrow) = what the input receives: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 feeds %2 arrows, so its gradient is the sum: ∂f/∂%1 = %3 %4 %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at %1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward pass at %1 = %2: every operation records its inputs and its value, f = %3. The number on each arrow is the operation&apos;s local derivative by that input. Press Backward to send the gradient back through the graph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backward pass complete, but f%1 is undefined (%2): no gradient here. PyTorch would still report %3.grad = %4 and %5.grad = %6 from the local rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backward pass complete: %1.grad = %2 and %3.grad = %4, as PyTorch&apos;s loss.backward() would give.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is how a neuron learns its weight: one gradient-descent step with rate η moves %1 to %1 − η·%2 and %3 to %3 − η·%4, downhill on this example&apos;s loss.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>∂f/∂%1: reverse-mode AD &lt;b&gt;%2&lt;/b&gt; &amp;nbsp;|&amp;nbsp; symbolic %3 = &lt;b&gt;%4&lt;/b&gt; &amp;nbsp;|&amp;nbsp; central difference &lt;b&gt;%5&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ AD and symbolic agree for both variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ AD and symbolic do not agree here (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backward pass complete, but f(%1) is undefined (%2): %3 = %1 is outside the domain, so f has no gradient here. PyTorch would still report %3.grad = %4 from the local rules: a number, not a slope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backward pass complete: PyTorch&apos;s loss.backward() would report %1.grad = %2, its convention at a corner (abs and relu count their slope at 0 as 0). The true derivative does not exist here: the one-sided slopes differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backward pass complete: PyTorch would print %1.grad = %2. The derivative is undefined here (vertical tangent): the slope grows without bound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backward pass complete: PyTorch would print %1.grad = %2; the slope is not finite here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backward pass complete: %1.grad = %2, as PyTorch&apos;s loss.backward() would give.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ AD and symbolic agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ they differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undefined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ nothing to compare: f(%1) is undefined, %2 = %1 is outside the function&apos;s domain (%3), so f has no derivative there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (PyTorch&apos;s convention)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undefined (corner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ no derivative at %1 = %2: a corner, the one-sided slopes differ (%3 from the left, %4 from the right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undefined (vertical tangent; PyTorch prints %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undefined (vertical tangent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ no derivative at %1 = %2: a vertical tangent, the difference quotients grow without bound as h shrinks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ nothing to compare: f(%1) is defined but its slope is not finite there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undefined as written (0/0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ the slope exists and AD gives it: f′(%1) = %2 (the one-sided difference quotients agree and shrink towards it); the symbolic formula is 0/0 there as written, not a corner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ the slope exists, f′(%1) ≈ %2 by the one-sided difference quotients, but AD gives %3 and the symbolic formula is 0/0 there as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reverse-mode AD &lt;b&gt;%1&lt;/b&gt; &amp;nbsp;|&amp;nbsp; symbolic f′(%2) = %3 = &lt;b&gt;%4&lt;/b&gt; &amp;nbsp;|&amp;nbsp; central difference &lt;b&gt;%5&lt;/b&gt;&lt;br&gt;&lt;span style=&apos;color:%6&apos;&gt;%7&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gradlab::AutogradLesson</name>
    <message>
        <source>Neuron: (y − σ(w·x + b))², x = 1.5, y = 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;second&quot; must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--at needs one coordinate for a formula of one variable, got 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the input value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gradlab::AutogradView</name>
    <message>
        <source>Input value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Input value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second input value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backward ▸</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process the next node of the backward pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gradlab::CodePanel</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;NumPy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;yTorch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain Python and NumPy, with the derivative written out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PyTorch: tensors with requires_grad, backward(), torch.optim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the script to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the script as a .py file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lesson is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 script: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PyTorch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NumPy</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied the %1 script (%n line(s)) to the clipboard.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Save Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python scripts (*.py)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gradlab::ContourFigure</name>
    <message>
        <source>Contour map with gradient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slice along x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slice along y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient readouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f or its gradient is not defined here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>∇f ≈ 0 here (|∇f| = %1, under %2 of this function&apos;s typical slope %3): a flat point, with no arrows to draw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Hessian&apos;s eigenvalues %1 and %2 are both positive: a &lt;b&gt;minimum&lt;/b&gt;, the surface curves up in every direction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Hessian&apos;s eigenvalues %1 and %2 are both negative: a &lt;b&gt;maximum&lt;/b&gt;, the surface curves down in every direction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Hessian&apos;s eigenvalues %1 and %2 have opposite signs: a &lt;b&gt;saddle point&lt;/b&gt;, up one way and down another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 nearby points, up to %2 away,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f is not defined around it, so the kind of point is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f is no lower at any of %1 so it is a &lt;b&gt;minimum&lt;/b&gt; (as far as those probes see).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f is no higher at any of %1 so it is a &lt;b&gt;maximum&lt;/b&gt; (as far as those probes see).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Among %1 f is lower at some and higher at others: &lt;b&gt;neither a minimum nor a maximum&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f has the same value at all %1 flat all around.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Hessian&apos;s eigenvalues are %1 and %2: it is singular (a degenerate flat point), so second derivatives &lt;b&gt;cannot tell&lt;/b&gt; what kind of point this is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gradient points uphill, at right angles to the contour through the point; −∇f points downhill. Each slice&apos;s tangent has the slope of one partial derivative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The surface is nearly flat here, but not flat: zoom in to see the arrows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: curves up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: curves down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: straight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Hessian is not defined here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hessian H = [[%1, %2], [%3, %4]]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both positive: near here the surface is &lt;b&gt;bowl-shaped&lt;/b&gt;, curving up in every direction (but this is no minimum: ∇f is not 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both negative: near here the surface is &lt;b&gt;dome-shaped&lt;/b&gt;, curving down in every direction (but this is no maximum: ∇f is not 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opposite signs: near here the surface is &lt;b&gt;saddle-shaped&lt;/b&gt;, curving down along one eigen-direction and up along the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One is 0, the other positive: near here the surface is a &lt;b&gt;trough&lt;/b&gt;, curving up across it and straight along it (to second order).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One is 0, the other negative: near here the surface is a &lt;b&gt;ridge&lt;/b&gt;, curving down across it and straight along it (to second order).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both are 0: to second order the surface is &lt;b&gt;flat&lt;/b&gt; (a tilted plane) here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ellipse is where the quadratic part of the local model, ½ dᵀHd, is %1%2; its axes are the eigen-directions, shorter where the surface curves more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hyperbolas are where ½ dᵀHd = ±%1: the model rises along λ₂&apos;s direction and falls along λ₁&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parallel lines are where ½ dᵀHd = %1%2: along them the model does not change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>½ dᵀHd is 0 in every direction: there is no curve to draw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: eigenvalues %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At (%1, %2): f = &lt;b&gt;%3&lt;/b&gt; &amp;nbsp;&amp;nbsp; &lt;span style=&apos;color:%4&apos;&gt;∂f/∂%5 = %6 = &lt;b&gt;%7&lt;/b&gt;&lt;/span&gt; &amp;nbsp;&amp;nbsp; &lt;span style=&apos;color:%8&apos;&gt;∂f/∂%9 = %10 = &lt;b&gt;%11&lt;/b&gt;&lt;/span&gt; &amp;nbsp;&amp;nbsp; &lt;span style=&apos;color:%12&apos;&gt;|∇f| = &lt;b&gt;%13&lt;/b&gt;&lt;/span&gt;&lt;br&gt;%14%15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gradient at (%1, %2) is (%3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, f = %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gradlab::ContourLesson</name>
    <message>
        <source>Show the Hessian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the Hessian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gradlab::ContourView</name>
    <message>
        <source>Point:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the map or drag the point, or type its coordinates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>He&amp;ssian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the Hessian at the point as the axes of the local quadratic model: its eigen-directions, labelled with the eigenvalues, and the curve where ½ dᵀHd = ±c (an ellipse, hyperbolas or parallel lines).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gradlab::DataActions</name>
    <message>
        <source>&amp;Import Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV with columns x and y (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read points (a CSV with columns x and y) into the lesson “Fitting a line”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Data as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Data as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the points of the lesson “Fitting a line” as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be data for this lesson.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 points from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 (%2 points)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gradlab::DescentFigure</name>
    <message>
        <source>Loss curve with descent steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L(w)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gradient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The learning rate of the update on this row, as the schedule sets it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update Δ%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true gradient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update Δ%1 (noisy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1ₖ₊₁ − %1ₖ: the step taken from this row, from its gradient plus the noise drawn for it; the next row starts there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1ₖ₊₁ − %1ₖ: the step this row&apos;s gradient causes; the next row starts there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The true gradient at this row&apos;s point (the update used it plus noise of standard deviation σ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1: %2 = %3, loss %4. %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gradlab::DescentLesson</name>
    <message>
        <source>Change the learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the optimizer settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the number of steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the learning-rate schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the gradient noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the noise seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the optimizer state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the optimizer state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“tolerance” must be a number between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--start needs one coordinate for this lesson, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--optimizer takes one of %1 here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gradlab::DescentView</name>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the run starts: a number or an expression such as pi/2 (or drag the start point on the curve)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;art</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;teps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;olerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ &amp;Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w optimizer state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the optimizer&apos;s state at each step: the velocity, Adam&apos;s smoothed gradient against the raw gradient, and the update each adaptive step took</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>❚❚ &amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gradlab::ExportActions</name>
    <message>
        <source>&amp;Export Figure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesson&apos;s figure as PNG, PDF or SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Table as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Animation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Table as CSV (%1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 (%2 × %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the figure to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lesson shows no table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 (%2 rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing the frames…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 frames, %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Table as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gradlab::ExportDialog</name>
    <message>
        <source>Export Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Animation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (vector)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing (vector)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Animated GIF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbered PNG frames (NAME-0001.png, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2× writes twice as many pixels each way with the same layout, for high-DPI slides (PNG and GIF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transparent background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the window and plot backgrounds out (PNG, PDF, SVG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (for a slide, e.g. “Gradient descent on x²”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written above the figure, centred; leave empty for no title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy to Clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lesson&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> frames/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frames per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;rames:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;peed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png);;PDF documents (*.pdf);;SVG drawings (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Animated GIF (*.gif);;PNG frames (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the lesson&apos;s own (%n frames)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the lesson&apos;s own (%1 frames/s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gradlab::FigureTitle</name>
    <message>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gradlab::FileActions</name>
    <message>
        <source>GradLab lessons (*.gradlab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every lesson back to its first function and settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the lesson file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the lesson file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lesson.gradlab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the untitled lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — GradLab</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gradlab::FitFigure</name>
    <message>
        <source>Data and the fitted line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left end of the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right end of the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss L(w, b) as a contour map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(w, b)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss on all the data per update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L (all data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss readouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SGD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mini-batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;ŷ = w·x + b&lt;/b&gt; fitted to %1, loss L(w, b) = mean of (y − ŷ)²&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;%2, %3, batch size %4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>least squares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minimum: every line through (%1, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Least squares (&lt;span style=&apos;color:%1&apos;&gt;✱, dashed&lt;/span&gt;): %2, L = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Least squares: every x is %1, so every line through (%1, %2) has the least loss L = %3 (the dashed valley on the map)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;nbsp;&amp;nbsp; |∇L| = %1, too short to draw on this map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;nbsp;&amp;nbsp; |∇L| = %1, its arrow shortened to fit the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>w = %1, b = %2, L = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At w = %1, b = %2 (&lt;span style=&apos;color:%3&apos;&gt;%4&lt;/span&gt;): &lt;b&gt;L = %5&lt;/b&gt;&amp;nbsp;&amp;nbsp; &lt;span style=&apos;color:%6&apos;&gt;∂L/∂w = &lt;b&gt;%7&lt;/b&gt;&amp;nbsp;&amp;nbsp; ∂L/∂b = &lt;b&gt;%8&lt;/b&gt;&lt;/span&gt;%9&lt;br&gt;%10. &lt;span style=&apos;color:%11&apos;&gt;Red-orange&lt;/span&gt;: the residuals y − ŷ; L is the mean of their squares.&lt;br&gt;%12 &amp;nbsp;%13.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gradlab::FitLesson</name>
    <message>
        <source>%1 must be two numbers [a, b]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data need at least one point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lesson holds at most %1 points, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>point %1 is not a pair of finite numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the data set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move data point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add data point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove data point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the optimizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the optimizer settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the learning-rate schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the number of epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“data” must be a list of points [x, y]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“data” needs at least one point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“data” holds at most %1 points, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“data” point %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“start”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fit-line takes no formula: its loss is the mean squared error of the line on the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--start needs W,B for this lesson, got %1 numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--optimizer takes one of %1 here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lr takes one rate for this lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--epochs must be from 1 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--batch-size must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gradlab::FitView</name>
    <message>
        <source>Data set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click beside the data to add a point, drag a point to move it, right-click it (or select it and press Delete) to remove it; File → Import Data… reads a CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points per update: 1 is stochastic gradient descent (SGD), all of them is full-batch gradient descent. Each epoch shuffles the points (seeded) and cuts them into batches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed of the shuffles: the same seed gives the same run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See&amp;d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ &amp;Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning-rate &amp;schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>❚❚ &amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Your data (%n point(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gradlab::FormulaField</name>
    <message>
        <source>type a formula, e.g. x^3 - 6x^2 + 9x + 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a formula (x^2, 3x² − 12x, sin(x), e^x, sigmoid(w), …) and press Enter, or pick a preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derivative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formula message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — still showing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter to plot this formula</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gradlab::FunctionLesson</name>
    <message>
        <source>Change the function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--at needs one coordinate for this lesson, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the point</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gradlab::GraphDiagram</name>
    <message>
        <source>Computation graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no grad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grad —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grad %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grad %1 ✘</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This formula&apos;s graph has %1 operations, too many to draw legibly.
Try a shorter formula; the gradients below are still computed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gradlab::LearningRateFigure</name>
    <message>
        <source>Loss curve with the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run&apos;s coordinate per step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss per step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L(wₖ) − L_min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final loss against learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>final loss − L_min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sweep legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3 steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1* = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1ₖ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L(%1ₖ) − L(%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L(%1ₖ) − lowest L seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;%2&lt;/span&gt; &amp;nbsp; %3&lt;br&gt;%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain descent can settle into the minimum at %1 = %2 only with a learning rate below 2/f″(%1*) = &lt;b&gt;%3&lt;/b&gt;; above it, each step there overshoots further (r &amp;lt; −1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain descent can settle into the minimum at %1 = %2 only while its rate is below 2/f″(%1*) = &lt;b&gt;%3&lt;/b&gt;; above it, each step there overshoots further (r &amp;lt; −1). The %4 schedule changes the rate from update to update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: this run&apos;s rates run from %1 to %2, the last %3, so it is the rate of its later updates that decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With gradient noise (σ = %1) a run does not come to rest at a minimum: it keeps jittering about it, by less the smaller the rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gradient noise σ = %1 (seed %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, with %1 as the run above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;■&lt;/span&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sweep running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each %1 is run from the same start%3 for up to %2 steps (stopping early once |f′| falls below the tolerance); its final loss is measured from the minimum w* that run approaches%4. Bands: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (where it found none, from the lowest final loss of the sweep)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (sweep running…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>final loss − L(w*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gradlab::LearningRateLesson</name>
    <message>
        <source>plain descent&apos;s %1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newton&apos;s edge η = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the map&apos;s second axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the map&apos;s colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the stability map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the run and the sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;view&quot; must be %1 or %2, got %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--view must be %1 or %2 for this lesson, got &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gradlab::LearningRatePlot</name>
    <message>
        <source>Learning rate per update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gradlab::LearningRateView</name>
    <message>
        <source>&amp;Run and sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stability &amp;map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sweep %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t&amp;olerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base &amp;learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base learning rate (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gradlab::LessonView</name>
    <message>
        <source>Point x</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gradlab::MainWindow</name>
    <message>
        <source>pointer at %1 = %2, %3 = %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pointer at %1 = %2, height %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GradLab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Leçons</translation>
    </message>
    <message>
        <source>Show &amp;Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Python (NumPy or PyTorch) script that recomputes this lesson (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag the orange point; scroll to zoom, drag the background to pan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Reset view</source>
        <translation>&amp;Réinitialiser la vue</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Apparence</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Suivre le &amp;système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>La&amp;nguage</source>
        <translation>La&amp;ngue</translation>
    </message>
    <message>
        <source>Follow the &amp;system (%1)</source>
        <translation>Suivre le &amp;système (%1)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Raccourcis &amp;clavier</translation>
    </message>
    <message>
        <source>&amp;About GradLab</source>
        <translation>À &amp;propos de GradLab</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;table cellpadding=&apos;3&apos;&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Tab&lt;/b&gt; / &lt;b&gt;Shift+Tab&lt;/b&gt;&lt;/td&gt;&lt;td&gt;move between controls and plots&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;←&lt;/b&gt; &lt;b&gt;→&lt;/b&gt; (&lt;b&gt;↑&lt;/b&gt; &lt;b&gt;↓&lt;/b&gt; on maps)&lt;/td&gt;&lt;td&gt;move the point of the focused plot by 1% of the view&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;←&lt;/b&gt; &lt;b&gt;→&lt;/b&gt;, &lt;b&gt;Esc&lt;/b&gt; with a step inspected&lt;/td&gt;&lt;td&gt;the step before, the step after; close the step inspector (lessons 6 and 8)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Shift&lt;/b&gt; + arrow&lt;/td&gt;&lt;td&gt;a step ten times smaller&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl&lt;/b&gt; + arrow&lt;/td&gt;&lt;td&gt;a step ten times larger&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Space&lt;/b&gt;&lt;/td&gt;&lt;td&gt;play / pause (Animate, Play; Backward in Autograd)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+E&lt;/b&gt;&lt;/td&gt;&lt;td&gt;export the figure (PNG, PDF, SVG)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+C&lt;/b&gt;&lt;/td&gt;&lt;td&gt;copy the figure to the clipboard&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+E&lt;/b&gt;&lt;/td&gt;&lt;td&gt;export the lesson&apos;s table as CSV&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Z&lt;/b&gt; / &lt;b&gt;Ctrl+Shift+Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;undo / redo&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+N&lt;/b&gt;, &lt;b&gt;Ctrl+O&lt;/b&gt;, &lt;b&gt;Ctrl+S&lt;/b&gt;&lt;/td&gt;&lt;td&gt;new, open, save a lesson file&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+0&lt;/b&gt;&lt;/td&gt;&lt;td&gt;reset the view&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+P&lt;/b&gt;&lt;/td&gt;&lt;td&gt;show or hide the lesson&apos;s Python code&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;quit&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;mouse wheel, drag on the background&lt;/td&gt;&lt;td&gt;zoom, pan&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About GradLab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;GradLab %1&lt;/h3&gt;&lt;p&gt;See derivatives and gradient descent: slopes, secants, tangents, gradients and optimizers, with every number computed exactly.&lt;/p&gt;&lt;p&gt;Copyright © 2026 the GradLab developers.&lt;/p&gt;&lt;p&gt;GradLab is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version. It is distributed WITHOUT ANY WARRANTY; see the GNU General Public License for details.&lt;/p&gt;&lt;p&gt;Built with Qt, QCustomPlot (GPL-3) and Eigen.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Smaller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Larger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;argest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gradlab::NoiseBox</name>
    <message>
        <source>Gradient noise σ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standard deviation of the Gaussian noise added to each gradient (0: none). Enter takes it; Up and Down step it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noise seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The noise is drawn from this seed: the same seed gives the same run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noise &amp;σ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s&amp;eed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds Gaussian noise of standard deviation σ to each gradient; the same seed gives the same run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; kept %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gradlab::NumericFigure</name>
    <message>
        <source>Curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error of finite differences against h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>|error| of the difference quotient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>∝ h (slope 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>∝ h² (slope 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;■&lt;/span&gt; %2: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no error to measure (the quotient is undefined)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no truncation error here: any h gives the exact slope up to round-off; smaller h only adds round-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (smallest typical error &lt;b&gt;%1&lt;/b&gt;, for h in %2 … %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the error does not shrink with h (slope %1): the quotient does not approach f′ here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncation error falls with slope %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; typical error &lt;b&gt;0&lt;/b&gt; (the quotient is exact to the last bit) for h in %1 … %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; best h ≈ &lt;b&gt;%1&lt;/b&gt; (band %2 … %3), typical error &lt;b&gt;%4&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At %1 = %2 the exact derivative (from the symbolic f′) %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> f is not defined at %1 = %2, so neither is its derivative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> There is no exact value to measure the error of the difference quotients against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> As h shrinks, truncation error falls (its slope on these axes is measured between h = 10⁻² and 10⁻³)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> all the way down: round-off in the values of f stays below it at every h shown, so the error does not rise again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; at smaller h (left of the band), round-off in the values of f takes over and the error rises again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; for %1, at smaller h (left of the band), round-off in the values of f takes over and the error rises again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> No scheme has a truncation error here: what remains is round-off in the values of f, and it grows as h shrinks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Typical error at h: the median |error| over h·10^±0.5, what a repeat measurement near that h finds. Best h: where it is smallest; the band: the h around best h where it stays within 2× of that smallest value (so the band need not be centred on best h).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gradlab::NumericView</name>
    <message>
        <source>&amp;Point at</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gradlab::OptimizerBox</name>
    <message>
        <source>Optimizer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gradlab::PointFields</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gradlab::PresetListModel</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gradlab::RaceFigure</name>
    <message>
        <source>Contour map with the optimizers&apos; paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f − f_min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>|∇f|</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f − f*,  f* %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f − best seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base lr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gradient noise σ = %1 (seed %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every optimizer runs with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gradlab::RaceLesson</name>
    <message>
        <source>Show the optimizer state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the optimizer state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the optimizer settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the number of steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the learning-rate schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the gradient noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the noise seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;secondRate&quot; must be 0 (none) or a positive number, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--start needs two coordinates for this lesson (A,B), got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--optimizer: unknown optimizer &apos;%1&apos; (choose one of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--optimizer: &apos;%1&apos; is listed more than twice (an optimizer races itself at most once, at a second learning rate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lr takes one rate for all optimizers or one per optimizer (%1), got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map another optimizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the map&apos;s second axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the map&apos;s colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the stability map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the race</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;view&quot; must be race or map, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--view must be race or map for this lesson, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gradlab::RaceTuner</name>
    <message>
        <source>Tune the learning rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: every rate diverged, η = %2 kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: η = %2 (final loss %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the best final loss among the rates that converged and whose next larger rate did not diverge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>η = %1 converged in %2 steps but was left out, as no larger rate vouches for it (the next one diverged or was not tried); this is the best final loss among the rates that did not diverge and whose next larger rate did not diverge either</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rate converged in %1 steps; the best final loss among the rates that did not diverge and whose next larger rate did not diverge either</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rate had a next larger rate that did not diverge, so this is only the best final loss of the runs that did not diverge: it may sit at the edge of divergence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, one grid step below the first rate that diverged (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 grid steps below the first rate that diverged (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, and no larger rate tried diverged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gradlab::RaceView</name>
    <message>
        <source>optimizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2nd run&apos;s rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>momentum / β₁ / α</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>β₂</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a second learning rate to race this optimizer against itself (dashed); clear it to remove the second run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimizers and their hyperparameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ &amp;Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed (steps per frame)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w optimizer state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw each optimizer&apos;s state at its steps: the velocity, Adam&apos;s smoothed gradient against the raw gradient, and the update each adaptive step took per coordinate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;une</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give each optimizer a learning rate for this function, start and number of steps (%1 rates from %2 to %3): the lowest final loss among the rates that converged and whose next larger rate did not diverge, so that the pick keeps a margin from divergence; a diverging run never wins. Second runs keep their rates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the map, drag the orange point or type the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>× base rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>❚❚ &amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuning: sweeping each optimizer over %1 learning rates… %2% done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuned for this function, start and %1 steps over %2 rates from %3 to %4. %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, second rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimizer on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which of the racing optimizers the map shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Optimizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stability &amp;map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gradlab::ScheduleBox</name>
    <message>
        <source>Step size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>γ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T_max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>η_min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning-rate schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the learning rate changes from update to update, as torch.optim.lr_scheduler does with scheduler.step() after each optimizer.step()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step-size: the rate is multiplied by γ every this many updates (a whole number, at least 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gamma: the factor the rate is multiplied by (greater than 0, at most 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t-max: the updates the cosine takes to fall from the base rate to η_min (a whole number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eta-min: the lowest rate the cosine reaches (0 or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warmup: the updates of linear warm-up before the cosine (at least 1, less than T_max)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start-factor: the first update&apos;s rate is this × the base rate (greater than 0, at most 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every update uses the learning rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rate is multiplied by %1 every %2 updates (torch: StepLR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rate is multiplied by %1 after every update (torch: ExponentialLR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rate falls along half a cosine from the learning rate to %1 over %2 updates, then climbs back and falls again if the run goes on (torch: CosineAnnealingLR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rate climbs in a straight line from %1 × the learning rate over %2 updates, then falls along a cosine to %3 by update %4, and climbs back if the run goes on (torch: LinearLR, then CosineAnnealingLR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; kept %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gradlab::SchedulePanel</name>
    <message>
        <source>Schedule &amp;&amp; noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning-rate schedule and gradient noise</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gradlab::SecantFigure</name>
    <message>
        <source>Secant and tangent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x − Δx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x + Δx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f(a+h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Δy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Δy / run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The limit table&lt;/b&gt;: as h shrinks, Δy/run approaches f′(a)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;left secant slope &lt;b&gt;%2&lt;/b&gt;&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;color:%3&apos;&gt;right secant slope &lt;b&gt;%4&lt;/b&gt;&lt;/span&gt; &amp;nbsp; Δ%5 = &lt;b&gt;%6&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f has a corner at %1 = %2: the slopes from the left and from the right do not agree however small Δ%1 gets, so f′(%2) does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The central quotient (f(%1+h) − f(%1−h))/2h gives 0 here by symmetry: f changes by the same amount on both sides, so the rise cancels. That 0 is not a derivative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The central quotient averages the two one-sided slopes (here %1): that average is not a derivative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;secant slope %2&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;color:%3&apos;&gt;tangent slope %4&lt;/span&gt; &amp;nbsp; difference %5 &amp;nbsp; Δ%6 = &lt;b&gt;%7&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f is not defined at %1 = %2, so neither is f′: a slope exists only where f does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tangent at %1 = %2 is vertical: f′ grows without bound, so no number is its slope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f′ is not defined at this point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secant slope %1, tangent slope %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secant over Δx = %1 has slope %2; the tangent at %3 = %4 has slope %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f′(a) is not defined here: there is no error to shrink.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here this quotient has no truncation error: what is left is round-off, which grows as h shrinks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here the error does not shrink with h: the quotient does not approach f′(a).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here the error shrinks like h^%1 (measured between h = 0.01 and 0.001).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a = %1, f(a) = %2, exact f′(a) %3. Error = Δy/run − f′(a). %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f(a−h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Δy / 2h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Δy / h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed error %1: smaller than the round-off of this quotient (about %2), so it cannot be told from 0.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gradlab::SecantLesson</name>
    <message>
        <source>Change Δx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the difference scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;dx&quot; must be from %1 to %2, got %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;scheme&quot; must be forward, backward or central, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--h must be between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scheme must be forward, backward or central, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Animate Δx toward 0</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gradlab::SecantView</name>
    <message>
        <source>Δx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Δx (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Δx on a log scale, from 0.000001 to 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Δ&amp;x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Central</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(f(x+Δx) − f(x)) / Δx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(f(x) − f(x−Δx)) / Δx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(f(x+Δx) − f(x−Δx)) / 2Δx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ &amp;Animate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shrink Δx toward 0 and watch the secant turn into the tangent (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poi&amp;nt a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>❚❚ &amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Animate Δx toward 0</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gradlab::SlopeFigure</name>
    <message>
        <source>Curve with tangent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derivative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f′</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the slope means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rising: the slope is positive, so increasing %1 increases f.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Falling: the slope is negative, so increasing %1 decreases f.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flat: the slope is 0, and the curve bends upward here (f″ &gt; 0): a minimum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flat: the slope is 0, and f′ goes from negative to positive here: a minimum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flat: the slope is 0, and the curve bends downward here (f″ &lt; 0): a maximum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flat: the slope is 0, and f′ goes from positive to negative here: a maximum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flat: the slope is 0, but f keeps going the same way on both sides: neither a minimum nor a maximum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flat: f is constant here, flat everywhere around this point: every point of a constant is both a minimum and a maximum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f is not defined at %1 = %2, so neither is its slope: f′ exists only where f does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tangent is vertical here: f′ grows without bound, so no number is the slope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f or its slope is too large for a double here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f is defined here but its slope is not (a corner, a jump or a cusp).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slope at %1 = %2 is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slope at %1 = %2 is %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gradlab::SlopeView</name>
    <message>
        <source>&amp;Point at</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gradlab::StabilityMapFigure</name>
    <message>
        <source>%1, learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, momentum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, RMSprop&apos;s smoothing constant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, Adam&apos;s first-moment decay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, Adam&apos;s second-moment decay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, epsilon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stability map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>converged | not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diverged | not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss curve with the start point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second axis of the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour of the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>final loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steps to converge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the map shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Second axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colour by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>|f′|</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‖∇f‖</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the current settings, %1 (drag it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steps until %1 &lt; tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>final loss − L_min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>final loss − lowest on map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (base rate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs of %2 steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coarse pass; computing %1 runs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no second hyperparameter: one row over the learning rate; %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> diverged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %1 never fell below the tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>white line: converged | not converged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>black line: diverged | not diverged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the current settings, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: each cell one run from the start%2; %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gradlab::StabilityMapper</name>
    <message>
        <source>Set %1&apos;s %2 and %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1&apos;s %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be one of momentum, alpha, beta1, beta2, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2 or %3, got %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gradlab::StepInspector</name>
    <message>
        <source>Step inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a step on the plot or a row of the step table to see inside it; ←/→ walk the steps, Esc closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 → %2: %3%4, η = %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start %1&lt;sub&gt;%2&lt;/sub&gt; = %3, f = %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient ∇f(%1&lt;sub&gt;%2&lt;/sub&gt;) = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient the update used, with noise: g = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step size per coordinate η′ = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curvature f″(%1&lt;sub&gt;%2&lt;/sub&gt;) = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hessian H = [[%1, %2], [%3, %4]]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the numbers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lands at %1&lt;sub&gt;%2&lt;/sub&gt; = %3, f = %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1: %2%3, the run&apos;s current point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point %1&lt;sub&gt;%2&lt;/sub&gt; = %3, f = %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after step %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No update has left this point yet: Step or Play takes the next one; ← shows the update that led here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run stopped here (%1); ← shows the update that led here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gradlab::StepPicker</name>
    <message>
        <source>inspected step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a point of a run or a row of the step table to see inside that step; ←/→ walk the steps, Esc closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a point of a run on the map to see inside that step; ←/→ walk the steps, Esc closes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gradlab::Surface3dLesson</name>
    <message>
        <source>Follow another optimizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the height scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logHeight must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gradlab::SurfaceLesson</name>
    <message>
        <source>Change the function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--at needs two coordinates for this lesson (A,B), got %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gradlab::SurfaceScene</name>
    <message>
        <source>the 3-D graph could not get an OpenGL context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3-D loss surface</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gradlab::SurfaceView</name>
    <message>
        <source>Optimizer the ball follows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ &amp;Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the height as log₁₀(1 + f − m), m the lowest f on the rectangle rounded down (0 when f ≥ 0): a valley that the linear height flattens shows its shape. The vertical axis says which height is drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the view from the front, above the surface (Ctrl+0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Top view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look straight down: x to the right, y up, as on the maps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same function, start and runs as “Descent on a surface”. Drag to rotate, scroll to zoom. &lt;span style=&apos;color:%1&apos;&gt;●&lt;/span&gt; ball &amp;nbsp; &lt;span style=&apos;color:%2&apos;&gt;●&lt;/span&gt; trail &amp;nbsp; &lt;span style=&apos;color:%3&apos;&gt;➜&lt;/span&gt; green arrow: the downhill direction −∇f, longer where the slope is steeper (log scale); its |∇f| is read out below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ball follows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;The 3-D view cannot draw here&lt;/h3&gt;&lt;p&gt;It needs OpenGL, and %1.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Every other lesson works without it; “Descent on a surface” shows this function, start and runs as a map.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>❚❚ &amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No optimizer is enabled in “Descent on a surface”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;➜ −∇f&lt;/span&gt;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Here the arrow is cut short where the surface rises above it, across the valley.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;The surface is cut flat at f = %1, where it rises steeply (a pole or a wall); “Log height” shows all of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: step %2, f = %3 at (%4, %5). %6&lt;br&gt;%7</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gradlab::ValueField</name>
    <message>
        <source>A number or a constant expression, such as 1.5, pi/2, sqrt(2) or e^-1. Enter takes it; Up and Down step it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type a number, such as 1.5 or pi/2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number is needed here, not a formula in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this has no finite value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside the range this field takes, %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; kept %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gradlab::ZoomFigure</name>
    <message>
        <source>Magnifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x_N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap against half-width, log-log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>half-width w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>largest gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The gap against the window&lt;/b&gt; (log-log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 − a   (a %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f(%1) − f(a)   (f(a) %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>∝ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window %1 ± &lt;b&gt;%2&lt;/b&gt;: largest gap between curve and %3 &lt;b&gt;%4&lt;/b&gt; (%5 of the window&apos;s width)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tangent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window %1 ± &lt;b&gt;%2&lt;/b&gt;: f has no value somewhere in this window, so there is no largest gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window %1 ± &lt;b&gt;%2&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured slope %1 (between w = %2 and %3): shrinking the window 10× divides the gap by about %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashed line is ∝ %1: the first Taylor term after the tangent that is not zero has order %2, not 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashed line is ∝ %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No slope to measure: the gap is rounding (or none) in every window, so f is a straight line here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;Tangent&lt;/span&gt;: y = %2·%3 %4 %5 &amp;nbsp; (f(a) = %6, f′(a) = %7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bending up: f″ &gt; 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bending down: f″ &lt; 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no bending at this order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f″(a) %1, %2. Parabola: y = %3 %4 %5·(%6 − a) %7 %8·(%6 − a)²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; cubic term %1·(%2 − a)³</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. Osculating circle: radius (1 + f′²)^{3/2}/|f″| = %1, centre (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. No osculating circle: its radius (1 + f′²)^{3/2}/|f″| is infinite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newton&apos;s step: x_N = a − f′/f″ = %1, the parabola&apos;s lowest point. Gradient descent with η = 1/f″ = %2 jumps to the same point; η = 2/f″ = %3 is the critical rate of the lesson &quot;%4&quot; %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(f is quadratic: its parabola is f itself)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for the local quadratic model only: f is not quadratic, so near here, not everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newton&apos;s step: x_N = a − f′/f″ = %1 = a, as f′(a) = 0: the point is the parabola&apos;s highest point, and neither Newton&apos;s method nor gradient descent moves from it; 1/f″ and 2/f″ are negative, so they are no learning rates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newton&apos;s step: x_N = a − f′/f″ = %1 is the parabola&apos;s highest point: Newton&apos;s method heads uphill here, while gradient descent goes down, so 1/f″ and 2/f″ are no learning rates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newton&apos;s step: none, as the parabola is the tangent itself, a line with no lowest point, so a − f′/f″ does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f has a corner at %1: the slope from the left is %2, from the right %3. However far you zoom in, the curve keeps its corner: the gap shrinks only like the width (slope 1), never like its square, so f never looks straight here. The dashed line has the mean of the two slopes (%4): it is no tangent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tangent at %1 is vertical: f′ grows without bound, so no line y = m·x + c fits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f is not defined at %1, so it has no tangent there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At this zoom the gap (%1) is below %2 times its rounding (about %3): what is left is the arithmetic of doubles, not the curve. Animate stops at w = %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gradlab::ZoomLesson</name>
    <message>
        <source>Corner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logarithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the Taylor parabola</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the Taylor cubic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the osculating circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Newton&apos;s step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Animate the zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--zoom must be a half-width from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gradlab::ZoomView</name>
    <message>
        <source>Poi&amp;nt a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>w =</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom (half-width, log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window&apos;s half-width w on a log scale, from 10 down to 0.000001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window is a − w … a + w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ &amp;Animate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in by decades around the point and watch the curve straighten (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taylor &amp;parabola</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cubic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Osculating circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;wton&apos;s step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>❚❚ &amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gradlab::function</name>
    <message>
        <source>this lesson needs a function of one variable; this one has %1 (%2)</source>
        <translation>cette leçon demande une fonction d’une variable ; celle-ci en a %1 (%2)</translation>
    </message>
    <message>
        <source>this lesson needs a function of two variables</source>
        <translation>cette leçon demande une fonction de deux variables</translation>
    </message>
</context>
<context>
    <name>gradlab::parser</name>
    <message>
        <source>unexpected character %1</source>
        <translation>caractère inattendu %1</translation>
    </message>
    <message>
        <source>%1 at column %2</source>
        <translation>%1 à la colonne %2</translation>
    </message>
    <message>
        <source>number &apos;%1&apos; is too small to represent</source>
        <translation>le nombre « %1 » est trop petit pour être représenté</translation>
    </message>
    <message>
        <source>number &apos;%1&apos; is too large to represent</source>
        <translation>le nombre « %1 » est trop grand pour être représenté</translation>
    </message>
    <message>
        <source>malformed number &apos;%1&apos;</source>
        <translation>nombre mal formé « %1 »</translation>
    </message>
    <message>
        <source>invalid UTF-8 (byte %1) at column %2</source>
        <translation>UTF-8 invalide (octet %1) à la colonne %2</translation>
    </message>
    <message>
        <source>end of formula</source>
        <translation>la fin de la formule</translation>
    </message>
    <message>
        <source>empty formula</source>
        <translation>formule vide</translation>
    </message>
    <message>
        <source>incomplete formula: expected a number, a variable or &apos;(&apos; after %1 at column %2</source>
        <translation>formule incomplète : un nombre, une variable ou « ( » est attendu après %1 à la colonne %2</translation>
    </message>
    <message>
        <source>missing operator before &apos;%1&apos; at column %2</source>
        <translation>opérateur manquant avant « %1 » à la colonne %2</translation>
    </message>
    <message>
        <source>unexpected %1 at column %2</source>
        <translation>%1 inattendu à la colonne %2</translation>
    </message>
    <message>
        <source>formula is nested too deeply (more than %1 levels) at column %2</source>
        <translation>formule trop imbriquée (plus de %1 niveaux) à la colonne %2</translation>
    </message>
    <message>
        <source>empty brackets at column %1</source>
        <translation>parenthèses vides à la colonne %1</translation>
    </message>
    <message>
        <source>missing &apos;)&apos; to close the &apos;(&apos; at column %1</source>
        <translation>« ) » manquante pour fermer la « ( » de la colonne %1</translation>
    </message>
    <message>
        <source>unknown variable &apos;%1&apos; at column %2 (the variables are %3)</source>
        <translation>variable inconnue « %1 » à la colonne %2 (les variables sont %3)</translation>
    </message>
    <message>
        <source>expected &apos;(&apos; after &apos;%1&apos; at column %2</source>
        <translation>« ( » attendue après « %1 » à la colonne %2</translation>
    </message>
    <message>
        <source>missing argument of &apos;%1&apos; at column %2</source>
        <translation>argument de « %1 » manquant à la colonne %2</translation>
    </message>
    <message>
        <source>unknown function &apos;%1&apos; at column %2</source>
        <translation>fonction inconnue « %1 » à la colonne %2</translation>
    </message>
    <message>
        <source>unknown function &apos;%1&apos; at column %3 (did you mean &apos;%2&apos;?)</source>
        <translation>fonction inconnue « %1 » à la colonne %3 (vouliez-vous dire « %2 » ?)</translation>
    </message>
    <message>
        <source>unknown name &apos;%1&apos; at column %3 (did you mean &apos;%2&apos;?)</source>
        <translation>nom inconnu « %1 » à la colonne %3 (vouliez-vous dire « %2 » ?)</translation>
    </message>
    <message>
        <source>too many variables: %1 (at most two)</source>
        <translation>trop de variables : %1 (deux au plus)</translation>
    </message>
</context>
<context>
    <name>gradlab::state</name>
    <message>
        <source>formula &quot;%1&quot;: %2 (column %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must give each range as a smaller then a larger number, got %2 and %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;schedule&quot; must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;schedule&quot; must name a schedule (%1), got &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;schedule&quot;: &quot;%1&quot; must be a %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;schedule&quot;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;noise&quot; must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;noise&quot;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3, got %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must name an optimizer (%2), got &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
