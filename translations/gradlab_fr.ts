<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ArrowCaption</name>
    <message>
        <source>Arrow length grows with log |∇f|: |∇f| = %1 is drawn longest, each ×10 less is %2 shorter, and below %3 there is no arrow.</source>
        <translation>La longueur des flèches croît avec log |∇f|&#xa0;: |∇f| = %1 est tracé le plus long, chaque facteur 10 en moins retire à la flèche %2, et sous %3 il n’y a plus de flèche.</translation>
    </message>
    <message>
        <source>a quarter of that</source>
        <translation>un quart de cette longueur</translation>
    </message>
    <message>
        <source>1/%1 of that</source>
        <translation>1/%1 de cette longueur</translation>
    </message>
    <message>
        <source>|∇f| = %1. %2</source>
        <translation>|∇f| = %1. %2</translation>
    </message>
    <message>
        <source>|∇f| = %1, steeper than anywhere on the rectangle: the arrow is drawn at its longest. %2</source>
        <translation>|∇f| = %1, plus raide que partout ailleurs sur le rectangle&#xa0;: la flèche est tracée à sa longueur maximale. %2</translation>
    </message>
    <message>
        <source>|∇f| = %1 is &lt;b&gt;too small to draw&lt;/b&gt;, so no arrow is shown. %2</source>
        <translation>|∇f| = %1 est &lt;b&gt;trop petit pour être tracé&lt;/b&gt;, donc aucune flèche n’est affichée. %2</translation>
    </message>
    <message>
        <source>∇f is not defined here, so no arrow is shown.</source>
        <translation>∇f n’est pas défini ici, donc aucune flèche n’est affichée.</translation>
    </message>
    <message>
        <source>|∇f| = %1. Arrow length shows |∇f|: an arrow 1 unit long stands for a slope of %2.</source>
        <translation>|∇f| = %1. La longueur de la flèche représente |∇f|&#xa0;: une flèche de 1 unité de long correspond à une pente de %2.</translation>
    </message>
    <message>
        <source>|∇f| = %1. Arrow length shows |∇f| (1 unit of length = a slope of %2), but this arrow is drawn &lt;b&gt;shortened&lt;/b&gt; to fit: to scale it would be %3 units long.</source>
        <translation>|∇f| = %1. La longueur de la flèche représente |∇f| (1 unité de longueur = une pente de %2), mais cette flèche est tracée &lt;b&gt;raccourcie&lt;/b&gt; pour tenir&#xa0;: à l’échelle, elle mesurerait %3 unités.</translation>
    </message>
    <message>
        <source>|∇f| = %1 is &lt;b&gt;too small to draw&lt;/b&gt; at this function&apos;s scale (an arrow 1 unit long stands for a slope of %2), so no arrow is shown.</source>
        <translation>|∇f| = %1 est &lt;b&gt;trop petit pour être tracé&lt;/b&gt; à l’échelle de cette fonction (une flèche de 1 unité de long correspond à une pente de %2), donc aucune flèche n’est affichée.</translation>
    </message>
</context>
<context>
    <name>DescentRun</name>
    <message>
        <source>the point is undefined (not a number)</source>
        <translation>le point n’est pas défini (pas un nombre)</translation>
    </message>
    <message>
        <source>the point became +infinite</source>
        <translation>le point est devenu +infini</translation>
    </message>
    <message>
        <source>the point became -infinite</source>
        <translation>le point est devenu -infini</translation>
    </message>
    <message>
        <source>the loss is undefined (not a number)</source>
        <translation>la perte n’est pas définie (pas un nombre)</translation>
    </message>
    <message>
        <source>the loss became +infinite</source>
        <translation>la perte est devenue +infinie</translation>
    </message>
    <message>
        <source>the loss became -infinite</source>
        <translation>la perte est devenue -infinie</translation>
    </message>
    <message>
        <source>the gradient is undefined (not a number)</source>
        <translation>le gradient n’est pas défini (pas un nombre)</translation>
    </message>
    <message>
        <source>the gradient became +infinite</source>
        <translation>le gradient est devenu +infini</translation>
    </message>
    <message>
        <source>the gradient became -infinite</source>
        <translation>le gradient est devenu -infini</translation>
    </message>
    <message>
        <source>the loss passed %1</source>
        <translation>la perte a dépassé %1</translation>
    </message>
    <message>
        <source>the loss fell below −%1</source>
        <translation>la perte est passée sous −%1</translation>
    </message>
    <message>
        <source>a coordinate passed %1</source>
        <translation>une coordonnée a dépassé %1</translation>
    </message>
    <message>
        <source>the gradient norm is below the tolerance at the start</source>
        <translation>la norme du gradient est sous la tolérance dès le départ</translation>
    </message>
    <message>
        <source>no steps were allowed</source>
        <translation>aucun pas n’était autorisé</translation>
    </message>
    <message>
        <source>the gradient norm fell below %1</source>
        <translation>la norme du gradient est passée sous %1</translation>
    </message>
    <message numerus="yes">
        <source>took all %n steps</source>
        <comment>took its only step</comment>
        <translation>
            <numerusform>son seul pas effectué</numerusform>
            <numerusform>tous les %n pas effectués</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FigureExport</name>
    <message>
        <source>GradLab figure</source>
        <translation>Figure GradLab</translation>
    </message>
</context>
<context>
    <name>FitRun</name>
    <message numerus="yes">
        <source>took all %n updates (%1)</source>
        <comment>took its only update (%1)</comment>
        <translation>
            <numerusform>sa seule mise à jour effectuée (%1)</numerusform>
            <numerusform>toutes les %n mises à jour effectuées (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n epochs</source>
        <comment>%n epoch</comment>
        <translation>
            <numerusform>%n époque</numerusform>
            <numerusform>%n époques</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FitWording</name>
    <message numerus="yes">
        <source>%n points</source>
        <comment>%n point</comment>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updates</source>
        <comment>%n update</comment>
        <translation>
            <numerusform>%n mise à jour</numerusform>
            <numerusform>%n mises à jour</numerusform>
        </translation>
    </message>
    <message>
        <source>batch %1 of %2: %3 per epoch, the last of %4</source>
        <translation>lot de %1 sur %2&#xa0;: %3 par époque, le dernier de %4</translation>
    </message>
    <message>
        <source>batch %1 of %2 (full batch): %3 per epoch, the last of %4</source>
        <translation>lot de %1 sur %2 (lot complet)&#xa0;: %3 par époque, le dernier de %4</translation>
    </message>
    <message>
        <source>batch %1 of %2 (SGD): %3 per epoch, the last of %4</source>
        <translation>lot de %1 sur %2 (SGD)&#xa0;: %3 par époque, le dernier de %4</translation>
    </message>
    <message>
        <source>batch %1 of %2: %3 per epoch</source>
        <translation>lot de %1 sur %2&#xa0;: %3 par époque</translation>
    </message>
    <message>
        <source>batch %1 of %2 (full batch): %3 per epoch</source>
        <translation>lot de %1 sur %2 (lot complet)&#xa0;: %3 par époque</translation>
    </message>
    <message>
        <source>batch %1 of %2 (SGD): %3 per epoch</source>
        <translation>lot de %1 sur %2 (SGD)&#xa0;: %3 par époque</translation>
    </message>
    <message>
        <source>Stopped at update %1: converged, %2.</source>
        <translation>Arrêt à la mise à jour %1&#xa0;: convergence, %2.</translation>
    </message>
    <message>
        <source>Stopped at update %1: diverged, %2.</source>
        <translation>Arrêt à la mise à jour %1&#xa0;: divergence, %2.</translation>
    </message>
    <message>
        <source>Stopped at update %1: %2.</source>
        <translation>Arrêt à la mise à jour %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Stopped at update %1 (epoch %2 of %3): converged, %4.</source>
        <translation>Arrêt à la mise à jour %1 (époque %2 sur %3)&#xa0;: convergence, %4.</translation>
    </message>
    <message>
        <source>Stopped at update %1 (epoch %2 of %3): diverged, %4.</source>
        <translation>Arrêt à la mise à jour %1 (époque %2 sur %3)&#xa0;: divergence, %4.</translation>
    </message>
    <message>
        <source>Stopped at update %1 (epoch %2 of %3): it %4.</source>
        <translation>Arrêt à la mise à jour %1 (époque %2 sur %3)&#xa0;: %4.</translation>
    </message>
    <message numerus="yes">
        <source>Stopped at update %1 (epoch %2 of %3): the limit of %n updates; the run was set to take %4.</source>
        <comment>Stopped at update %1 (epoch %2 of %3): the limit of %n update; the run was set to take %4.</comment>
        <translation>
            <numerusform>Arrêt à la mise à jour %1 (époque %2 sur %3)&#xa0;: limite de %n mise à jour atteinte&#xa0;; le parcours devait en effectuer %4.</numerusform>
            <numerusform>Arrêt à la mise à jour %1 (époque %2 sur %3)&#xa0;: limite de %n mises à jour atteinte&#xa0;; le parcours devait en effectuer %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not started: %1 in %2.</source>
        <translation>Non démarré&#xa0;: %1 en %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n epochs</source>
        <comment>%n epoch</comment>
        <translation>
            <numerusform>%n époque</numerusform>
            <numerusform>%n époques</numerusform>
        </translation>
    </message>
    <message>
        <source>Update %1 of %2, epoch %3 of %4.</source>
        <translation>Mise à jour %1 sur %2, époque %3 sur %4.</translation>
    </message>
    <message>
        <source>Not converged: L = %1 is still %2 above the least-squares loss %3.</source>
        <translation>Non convergé&#xa0;: L = %1 dépasse encore de %2 la perte des moindres carrés %3.</translation>
    </message>
    <message>
        <source>Not converged by the gradient&apos;s measure, although L = %1 is the least-squares loss to the digits shown.</source>
        <translation>Non convergé selon le gradient, bien que L = %1 soit la perte des moindres carrés aux chiffres affichés.</translation>
    </message>
</context>
<context>
    <name>GradientCheck</name>
    <message>
        <source>division by zero: %1/%2</source>
        <translation>division par zéro&#xa0;: %1/%2</translation>
    </message>
    <message>
        <source>(%1)^%2: a negative number to a fractional power is not a real number</source>
        <translation>(%1)^%2&#xa0;: un nombre négatif élevé à une puissance fractionnaire n’est pas un nombre réel</translation>
    </message>
    <message>
        <source>%1^%2: 0 to a negative power divides by zero</source>
        <translation>%1^%2&#xa0;: 0 élevé à une puissance négative divise par zéro</translation>
    </message>
    <message>
        <source>%1: %2 needs an input &gt; 0</source>
        <translation>%1&#xa0;: %2 attend une entrée &gt; 0</translation>
    </message>
    <message>
        <source>%1: %2 needs an input ≥ 0</source>
        <translation>%1&#xa0;: %2 attend une entrée ≥ 0</translation>
    </message>
    <message>
        <source>%1: %2 needs an input between -1 and 1</source>
        <translation>%1&#xa0;: %2 attend une entrée entre -1 et 1</translation>
    </message>
    <message>
        <source>%1: too large for a double (overflow)</source>
        <translation>%1&#xa0;: trop grand pour un double (dépassement de capacité)</translation>
    </message>
    <message>
        <source>%1: the result is too large for a double (overflow)</source>
        <translation>%1&#xa0;: le résultat est trop grand pour un double (dépassement de capacité)</translation>
    </message>
</context>
<context>
    <name>LessonDocument</name>
    <message>
        <source>in lesson &quot;%1&quot;: %2</source>
        <translation>dans la leçon «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>Impossible d’ouvrir %1&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>LessonFile</name>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>text</source>
        <translation>du texte</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>&quot;%1&quot; should be %2, not %3</source>
        <translation>«&#xa0;%1&#xa0;» devrait être %2, pas %3</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; ignored</source>
        <translation>clé inconnue «&#xa0;%1&#xa0;» ignorée</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>it is not a GradLab lesson file, or it is damaged or cut short: %1 at byte %2</source>
        <translation>ce n’est pas un fichier de leçon GradLab, ou il est endommagé ou tronqué&#xa0;: %1 à l’octet %2</translation>
    </message>
    <message>
        <source>it is not a GradLab lesson file (it has no &quot;format&quot;: &quot;gradlab&quot;)</source>
        <translation>ce n’est pas un fichier de leçon GradLab (il n’a pas de &quot;format&quot;: &quot;gradlab&quot;)</translation>
    </message>
    <message>
        <source>its format version is missing or not a whole number</source>
        <translation>sa version de format est absente ou n’est pas un nombre entier</translation>
    </message>
    <message>
        <source>it was saved by a newer GradLab (format version %1; this version reads up to %2)</source>
        <translation>il a été enregistré par un GradLab plus récent (version de format %1&#xa0;; cette version lit jusqu’à la %2)</translation>
    </message>
    <message>
        <source>&quot;lessons&quot; should be an object, not %1</source>
        <translation>«&#xa0;lessons&#xa0;» devrait être un objet, pas %1</translation>
    </message>
    <message>
        <source>unknown lesson &quot;%1&quot; ignored</source>
        <translation>leçon inconnue «&#xa0;%1&#xa0;» ignorée</translation>
    </message>
    <message>
        <source>&quot;lessons.%1&quot; should be an object, not %2</source>
        <translation>«&#xa0;lessons.%1&#xa0;» devrait être un objet, pas %2</translation>
    </message>
    <message>
        <source>&quot;active&quot; should be text, not %1</source>
        <translation>«&#xa0;active&#xa0;» devrait être du texte, pas %1</translation>
    </message>
    <message>
        <source>unknown active lesson &quot;%1&quot; ignored</source>
        <translation>leçon active inconnue «&#xa0;%1&#xa0;» ignorée</translation>
    </message>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>Impossible d’ouvrir %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cannot open %1: it is %2 MB, far too large for a lesson file.</source>
        <translation>Impossible d’ouvrir %1&#xa0;: il fait %2 Mo, bien trop pour un fichier de leçon.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; should be a list of %n value(s), not %2</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» devrait être une liste de %n valeur, pas %2</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» devrait être une liste de %n valeurs, pas %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LessonState</name>
    <message>
        <source>formula &quot;%1&quot;: %2 (column %3)</source>
        <translation>formule «&#xa0;%1&#xa0;»&#xa0;: %2 (colonne %3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must give each range as a smaller then a larger number, got %2 and %3</source>
        <translation>«&#xa0;%1&#xa0;» doit donner chaque intervalle par un nombre plus petit puis un plus grand (reçu&#xa0;: %2 et %3)</translation>
    </message>
    <message>
        <source>&quot;schedule&quot; must be an object</source>
        <translation>«&#xa0;schedule&#xa0;» doit être un objet</translation>
    </message>
    <message>
        <source>&quot;schedule&quot; must name a schedule (%1), got &quot;%2&quot;</source>
        <translation>«&#xa0;schedule&#xa0;» doit nommer une planification (%1) (reçu&#xa0;: «&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <source>&quot;schedule&quot;: &quot;%1&quot; must be a %2</source>
        <translation>«&#xa0;schedule&#xa0;»&#xa0;: «&#xa0;%1&#xa0;» doit être un %2</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>nombre entier</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>&quot;schedule&quot;: %1</source>
        <translation>«&#xa0;schedule&#xa0;»&#xa0;: %1</translation>
    </message>
    <message>
        <source>&quot;noise&quot; must be a number</source>
        <translation>«&#xa0;noise&#xa0;» doit être un nombre</translation>
    </message>
    <message>
        <source>&quot;noise&quot;: %1</source>
        <translation>«&#xa0;noise&#xa0;»&#xa0;: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3, got %4</source>
        <translation>«&#xa0;%1&#xa0;» doit être un nombre entier entre %2 et %3 (reçu&#xa0;: %4)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>«&#xa0;%1&#xa0;» doit être true ou false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must name an optimizer (%2), got &quot;%3&quot;</source>
        <translation>«&#xa0;%1&#xa0;» doit nommer un optimiseur (%2) (reçu&#xa0;: «&#xa0;%3&#xa0;»)</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <source>Slope at a point</source>
        <translation>Pente en un point</translation>
    </message>
    <message>
        <source>Secant → tangent</source>
        <translation>Sécante → tangente</translation>
    </message>
    <message>
        <source>Zoom in until it looks straight</source>
        <translation>Zoomer jusqu’à voir une droite</translation>
    </message>
    <message>
        <source>Numerical derivatives</source>
        <translation>Dérivées numériques</translation>
    </message>
    <message>
        <source>Autograd</source>
        <translation>Autograd</translation>
    </message>
    <message>
        <source>Partial derivatives and the gradient</source>
        <translation>Dérivées partielles et gradient</translation>
    </message>
    <message>
        <source>Gradient descent in 1-D</source>
        <translation>Descente de gradient en 1D</translation>
    </message>
    <message>
        <source>The learning rate</source>
        <translation>Le taux d’apprentissage</translation>
    </message>
    <message>
        <source>Descent on a surface</source>
        <translation>Descente sur une surface</translation>
    </message>
    <message>
        <source>The 3-D loss surface</source>
        <translation>La surface de perte en 3D</translation>
    </message>
    <message>
        <source>Fitting a line</source>
        <translation>Ajuster une droite</translation>
    </message>
    <message>
        <source>The 3-D view needs OpenGL, which is not available here.</source>
        <translation>La vue 3D nécessite OpenGL, qui n’est pas disponible ici.</translation>
    </message>
</context>
<context>
    <name>NumberFormat</name>
    <message>
        <source>is</source>
        <translation>est</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>non définie</translation>
    </message>
    <message>
        <source>Too large for a double: the value exists but is beyond ±1.8·10³⁰⁸.</source>
        <translation>Trop grand pour un double&#xa0;: la valeur existe mais dépasse ±1.8·10³⁰⁸.</translation>
    </message>
    <message>
        <source>undefined (vertical tangent)</source>
        <translation>non définie (tangente verticale)</translation>
    </message>
    <message>
        <source>f has a value here, but its slope grows without bound: the tangent line is vertical, and no number is its slope.</source>
        <translation>f a une valeur ici, mais sa pente croît sans borne&#xa0;: la tangente est verticale, et aucun nombre n’est sa pente.</translation>
    </message>
    <message>
        <source>Computed value %1: smaller than the round-off of its computation here (about %2), so it cannot be told from 0.</source>
        <translation>Valeur calculée %1&#xa0;: plus petite que l’erreur d’arrondi de son calcul ici (environ %2), on ne peut donc pas la distinguer de 0.</translation>
    </message>
    <message>
        <source>Computed difference %1: smaller than its round-off here (about %2), so it cannot be told from 0.</source>
        <translation>Différence calculée %1&#xa0;: plus petite que son erreur d’arrondi ici (environ %2), on ne peut donc pas la distinguer de 0.</translation>
    </message>
</context>
<context>
    <name>Optimizer</name>
    <message>
        <source>Gradient descent</source>
        <translation>Descente de gradient</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>Momentum</translation>
    </message>
    <message>
        <source>Newton&apos;s method</source>
        <translation>Méthode de Newton</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Impossible d’écrire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>the lesson “%1” has no animation (secant, descent1d and race have one)</source>
        <translation>la leçon «&#xa0;%1&#xa0;» n’a pas d’animation (secant, descent1d et race en ont une)</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>le dossier %1 n’existe pas</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>Cannot draw the figure (3-D drawing needs OpenGL).</source>
        <translation>Impossible de dessiner la figure (le tracé 3D nécessite OpenGL).</translation>
    </message>
    <message>
        <source>the GIF is not open</source>
        <translation>le GIF n’est pas ouvert</translation>
    </message>
    <message>
        <source>a frame has another size than the animation</source>
        <translation>une image n’a pas la même taille que l’animation</translation>
    </message>
    <message>
        <source>Cannot write %1: only .pdf and .svg are vector formats.</source>
        <translation>Impossible d’écrire %1&#xa0;: seuls .pdf et .svg sont des formats vectoriels.</translation>
    </message>
    <message>
        <source>cannot start drawing</source>
        <translation>impossible de commencer le dessin</translation>
    </message>
    <message>
        <source>the image could not be compressed</source>
        <translation>l’image n’a pas pu être compressée</translation>
    </message>
    <message>
        <source>no OpenGL context can be created on the “%1” Qt platform</source>
        <translation>aucun contexte OpenGL ne peut être créé sur la plateforme Qt «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>an OpenGL context was created but cannot draw on the “%1” Qt platform</source>
        <translation>un contexte OpenGL a été créé mais ne peut pas dessiner sur la plateforme Qt «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the OpenGL driver offers version %1.%2; the 3-D view needs 2.1 or later</source>
        <translation>le pilote OpenGL fournit la version %1.%2&#xa0;; la vue 3D nécessite la version 2.1 ou ultérieure</translation>
    </message>
    <message>
        <source>To see it, start GradLab where OpenGL works: on a desktop session (not with &lt;code&gt;QT_QPA_PLATFORM=offscreen&lt;/code&gt; or &lt;code&gt;minimal&lt;/code&gt;), with an OpenGL driver installed (Mesa&apos;s works everywhere, also without a graphics card: on Debian or Ubuntu &lt;code&gt;sudo apt install libgl1-mesa-dri libglx-mesa0&lt;/code&gt;). Over SSH or remote desktop, run it on the remote machine&apos;s display with Mesa, or under &lt;code&gt;xvfb-run&lt;/code&gt; for export only.</source>
        <translation>Pour la voir, lancez GradLab là où OpenGL fonctionne&#xa0;: dans une session de bureau (pas avec &lt;code&gt;QT_QPA_PLATFORM=offscreen&lt;/code&gt; ni &lt;code&gt;minimal&lt;/code&gt;), avec un pilote OpenGL installé (celui de Mesa fonctionne partout, même sans carte graphique&#xa0;: sous Debian ou Ubuntu &lt;code&gt;sudo apt install libgl1-mesa-dri libglx-mesa0&lt;/code&gt;). Par SSH ou bureau à distance, lancez-le sur l’affichage de la machine distante avec Mesa, ou sous &lt;code&gt;xvfb-run&lt;/code&gt; pour l’exportation seulement.</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Tolérance</translation>
    </message>
    <message>
        <source>A run counts as converged when |gradient| falls below this, or when its loss gap to the minimum it approaches has shrunk to this fraction of where it began (between %1 and %2, for example 1e-6).</source>
        <translation>On considère qu’un parcours a convergé quand |gradient| passe sous cette valeur, ou quand son écart de perte au minimum dont il s’approche s’est réduit à cette fraction de l’écart initial (entre %1 et %2, par exemple 1e-6).</translation>
    </message>
    <message>
        <source>The tolerance must be a number between %1 and %2, such as 1e-6; kept %3.</source>
        <translation>La tolérance doit être un nombre entre %1 et %2, comme 1e-6&#xa0;; valeur conservée&#xa0;: %3.</translation>
    </message>
    <message>
        <source>learning rate %1</source>
        <translation>taux d’apprentissage %1</translation>
    </message>
    <message>
        <source>base learning rate %1, %2 schedule</source>
        <translation>taux d’apprentissage de base %1, planification %2</translation>
    </message>
    <message>
        <source>, noise σ = %1 (seed %2)</source>
        <translation>, bruit σ = %1 (graine %2)</translation>
    </message>
    <message>
        <source>Cannot write %1: its name has no extension to say which format to write (%2).</source>
        <translation>Impossible d’écrire %1&#xa0;: son nom n’a pas d’extension indiquant le format à écrire (%2).</translation>
    </message>
    <message>
        <source>Cannot write %1: the format &apos;%2&apos; is not one GradLab writes (%3).</source>
        <translation>Impossible d’écrire %1&#xa0;: GradLab n’écrit pas le format «&#xa0;%2&#xa0;» (%3).</translation>
    </message>
    <message>
        <source>the folder %1 does not take a new file (the system says: %2)</source>
        <translation>le dossier %1 n’accepte pas de nouveau fichier (le système dit&#xa0;: %2)</translation>
    </message>
</context>
<context>
    <name>RunJudgement</name>
    <message>
        <source>steady, error shrinking</source>
        <translation>régulier, l’erreur diminue</translation>
    </message>
    <message>
        <source>oscillates, error shrinking</source>
        <translation>oscille, l’erreur diminue</translation>
    </message>
    <message>
        <source>bounces</source>
        <translation>rebondit</translation>
    </message>
    <message>
        <source>diverges</source>
        <translation>diverge</translation>
    </message>
    <message>
        <source>too slow</source>
        <translation>trop lent</translation>
    </message>
    <message>
        <source>no minimum ahead</source>
        <translation>aucun minimum devant</translation>
    </message>
    <message>
        <source>unbounded below</source>
        <translation>non minorée</translation>
    </message>
    <message>
        <source>cannot start</source>
        <translation>ne peut pas démarrer</translation>
    </message>
    <message>
        <source>already at a minimum</source>
        <translation>déjà à un minimum</translation>
    </message>
    <message>
        <source>stalls on a flat point</source>
        <translation>s’arrête sur un point plat</translation>
    </message>
    <message>
        <source>leaves the domain</source>
        <translation>sort du domaine</translation>
    </message>
    <message>
        <source>irregular</source>
        <translation>irrégulier</translation>
    </message>
    <message>
        <source>wanders (noise)</source>
        <translation>erre (bruit)</translation>
    </message>
    <message>
        <source>steady but unfinished: no step turns back and the loss never rises, but the steps ran out before the tolerance was met</source>
        <translation>régulier mais inachevé&#xa0;: aucun pas ne revient en arrière et la perte n’augmente jamais, mais les pas se sont épuisés avant que la tolérance soit atteinte</translation>
    </message>
    <message>
        <source>oscillating, unfinished: steps overshoot and turn back and the error shrinks, but the steps ran out before the tolerance was met</source>
        <translation>oscillation inachevée&#xa0;: les pas dépassent le minimum et reviennent en arrière et l’erreur diminue, mais les pas se sont épuisés avant que la tolérance soit atteinte</translation>
    </message>
    <message>
        <source>converging steadily: no step turns back and the loss never rises</source>
        <translation>convergence régulière&#xa0;: aucun pas ne revient en arrière et la perte n’augmente jamais</translation>
    </message>
    <message>
        <source>oscillating: steps overshoot and turn back, but the error shrinks</source>
        <translation>oscillation&#xa0;: les pas dépassent le minimum et reviennent en arrière, mais l’erreur diminue</translation>
    </message>
    <message>
        <source>bouncing: the steps flip between two sides and, over the last steps, the error barely changes</source>
        <translation>rebond&#xa0;: les pas alternent entre deux côtés et, sur les derniers pas, l’erreur ne change presque pas</translation>
    </message>
    <message>
        <source>diverging: the steps overshoot and the loss grows</source>
        <translation>divergence&#xa0;: les pas dépassent le minimum et la perte augmente</translation>
    </message>
    <message>
        <source>too slow: the last steps all go the same way, downhill, but are too short to get close in time (the gap to the minimum is still above a thousandth of its start value)</source>
        <translation>trop lent&#xa0;: les derniers pas vont tous dans le même sens, en descendant la pente, mais sont trop courts pour s’approcher à temps (l’écart au minimum dépasse encore un millième de sa valeur de départ)</translation>
    </message>
    <message>
        <source>no minimum ahead: the run is still going downhill and no minimum was found ahead of it</source>
        <translation>aucun minimum devant&#xa0;: le parcours descend encore et aucun minimum n’a été trouvé devant lui</translation>
    </message>
    <message>
        <source>unbounded: the loss keeps falling, so there is no minimum to reach this way</source>
        <translation>non minorée&#xa0;: la perte continue de baisser, il n’y a donc aucun minimum à atteindre ainsi</translation>
    </message>
    <message>
        <source>no run: the loss or its gradient is undefined at the start</source>
        <translation>pas de parcours&#xa0;: la perte ou son gradient n’est pas défini au départ</translation>
    </message>
    <message>
        <source>already there: the start is within the tolerance of a minimum, so no step was needed</source>
        <translation>déjà arrivé&#xa0;: le départ est à moins de la tolérance d’un minimum, aucun pas n’était donc nécessaire</translation>
    </message>
    <message>
        <source>stalled: the gradient fell below the tolerance at a point that is not a minimum</source>
        <translation>arrêt sur un point plat&#xa0;: le gradient est passé sous la tolérance en un point qui n’est pas un minimum</translation>
    </message>
    <message>
        <source>left the domain: a step went where the loss is undefined</source>
        <translation>sortie du domaine&#xa0;: un pas est allé là où la perte n’est pas définie</translation>
    </message>
    <message>
        <source>irregular: the last steps jump about without settling into a pattern</source>
        <translation>irrégulier&#xa0;: les derniers pas sautent en tous sens sans adopter de motif régulier</translation>
    </message>
    <message>
        <source>wandering: the noise added to each gradient is comparable to the pull toward the minimum, so the run jitters instead of settling and its error no longer shrinks steadily</source>
        <translation>errance&#xa0;: le bruit ajouté à chaque gradient est comparable à l’attraction vers le minimum, le parcours s’agite donc au lieu de se stabiliser et son erreur ne diminue plus régulièrement</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>+infinity</source>
        <translation>+infini</translation>
    </message>
    <message>
        <source>-infinity</source>
        <translation>-infini</translation>
    </message>
    <message>
        <source>the minimum (%1 at %2)</source>
        <translation>minimum (%1 en %2)</translation>
    </message>
    <message>
        <source>%1 (η = %2: the rate of step %3, as the %4 schedule set it from the base rate %5)</source>
        <translation>%1 (η = %2&#xa0;: le taux du pas %3, tel que la planification «&#xa0;%4&#xa0;» l’a fixé à partir du taux de base %5)</translation>
    </message>
    <message>
        <source>%1 has shrunk to %2 of its start value</source>
        <translation>%1 s’est réduit à %2 de sa valeur de départ</translation>
    </message>
    <message>
        <source>%1 has not shrunk</source>
        <translation>%1 ne s’est pas réduit</translation>
    </message>
    <message>
        <source>%1 is %2 times its start value</source>
        <translation>%1 vaut %2 fois sa valeur de départ</translation>
    </message>
    <message>
        <source>the Hessian&apos;s eigenvalues are %1 and %2</source>
        <translation>les valeurs propres de la hessienne sont %1 et %2</translation>
    </message>
    <message>
        <source>%1 there: f curves down, as near a maximum, not a minimum</source>
        <translation>%1 en ce point&#xa0;: f s’incurve vers le bas, comme près d’un maximum, et non d’un minimum</translation>
    </message>
    <message>
        <source>%1 there: f curves down in one direction, as near a saddle</source>
        <translation>%1 en ce point&#xa0;: f s’incurve vers le bas dans une direction, comme près d’un point selle</translation>
    </message>
    <message>
        <source>%1 there, and f is lower nearby</source>
        <translation>%1 en ce point, et f est plus basse à proximité</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>le pas %1</translation>
    </message>
    <message>
        <source>steps %1 and %2</source>
        <translation>les pas %1 et %2</translation>
    </message>
    <message>
        <source>steps %1, %2 and %3</source>
        <translation>les pas %1, %2 et %3</translation>
    </message>
    <message numerus="yes">
        <source>%n steps, the first at step %1</source>
        <comment>%n step, the first at step %1</comment>
        <translation>
            <numerusform>%n pas, le premier étant le pas %1</numerusform>
            <numerusform>%n pas, le premier étant le pas %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Newton&apos;s method took a plain gradient step (η·∇f) instead of a Newton step for %1: f″ ≤ 0 where it stood, so a Newton step would not go downhill.</source>
        <translation>La méthode de Newton a fait un simple pas de gradient (η·∇f) au lieu d’un pas de Newton pour %1&#xa0;: f″ ≤ 0 là où elle se trouvait, donc un pas de Newton n’aurait pas descendu la pente.</translation>
    </message>
    <message>
        <source>Newton&apos;s method took a plain gradient step (η·∇f) instead of a Newton step for %1: the Hessian was not positive definite where it stood, so a Newton step would not go downhill.</source>
        <translation>La méthode de Newton a fait un simple pas de gradient (η·∇f) au lieu d’un pas de Newton pour %1&#xa0;: la hessienne n’était pas définie positive là où elle se trouvait, donc un pas de Newton n’aurait pas descendu la pente.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>%1, %2 and %3</source>
        <translation>%1, %2 et %3</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2, %3 and %n later stretches</source>
        <comment>%1, %2, %3 and %n later stretch</comment>
        <translation>
            <numerusform>%1, %2, %3 et %n plage suivante</numerusform>
            <numerusform>%1, %2, %3 et %n plages suivantes</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 schedule set the rate of step 1 to %2 and of step %3 to %4</source>
        <translation>La planification «&#xa0;%1&#xa0;» a fixé le taux du pas 1 à %2 et celui du pas %3 à %4</translation>
    </message>
    <message>
        <source>The %1 schedule set the rate of step 1 to %2</source>
        <translation>La planification «&#xa0;%1&#xa0;» a fixé le taux du pas 1 à %2</translation>
    </message>
    <message>
        <source>lowest %1 at step %2</source>
        <translation>au plus bas %1 au pas %2</translation>
    </message>
    <message>
        <source>highest %1 at step %2</source>
        <translation>au plus haut %1 au pas %2</translation>
    </message>
    <message>
        <source>near the minimum the critical rate is 2/%1 = %2, which no step&apos;s rate exceeded</source>
        <translation>près du minimum, le taux critique vaut 2/%1 = %2, et aucun pas n’a eu un taux supérieur</translation>
    </message>
    <message>
        <source>near the minimum the critical rate is 2/%1 = %2, which the rate exceeded at step %3 (there |r| &gt; 1: near the minimum such a step grows the error)</source>
        <translation>près du minimum, le taux critique vaut 2/%1 = %2, et le taux l’a dépassé au pas %3 (là, |r| &gt; 1&#xa0;: près du minimum, un tel pas fait grandir l’erreur)</translation>
    </message>
    <message>
        <source>near the minimum the critical rate is 2/%1 = %2, which the rate exceeded at steps %3 (there |r| &gt; 1: near the minimum such a step grows the error)</source>
        <translation>près du minimum, le taux critique vaut 2/%1 = %2, et le taux l’a dépassé aux pas %3 (là, |r| &gt; 1&#xa0;: près du minimum, un tel pas fait grandir l’erreur)</translation>
    </message>
    <message>
        <source>Here each update adds Gaussian noise of standard deviation %1 to each coordinate of the gradient.</source>
        <translation>Ici, chaque mise à jour ajoute un bruit gaussien d’écart-type %1 à chaque coordonnée du gradient.</translation>
    </message>
    <message numerus="yes">
        <source>Over its last %n steps it stayed within %1 of the minimum, its loss at most %2 above the minimum&apos;s: each update adds Gaussian noise of standard deviation %3 to each coordinate of the gradient, and over its last steps the loss gap stopped halving, so it jitters instead of settling.</source>
        <comment>Over its last step it stayed within %1 of the minimum, its loss at most %2 above the minimum&apos;s: each update adds Gaussian noise of standard deviation %3 to each coordinate of the gradient, and over its last steps the loss gap stopped halving, so it jitters instead of settling.</comment>
        <translation>
            <numerusform>Sur son dernier pas, le parcours est resté à moins de %1 du minimum, sa perte au plus %2 au-dessus de celle du minimum&#xa0;: chaque mise à jour ajoute un bruit gaussien d’écart-type %3 à chaque coordonnée du gradient, et sur ses derniers pas l’écart de perte a cessé de diminuer de moitié, il s’agite donc au lieu de se stabiliser.</numerusform>
            <numerusform>Sur ses %n derniers pas, le parcours est resté à moins de %1 du minimum, sa perte au plus %2 au-dessus de celle du minimum&#xa0;: chaque mise à jour ajoute un bruit gaussien d’écart-type %3 à chaque coordonnée du gradient, et sur ses derniers pas l’écart de perte a cessé de diminuer de moitié, il s’agite donc au lieu de se stabiliser.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Over its last %n steps it stayed within %1 of the minimum, its loss at most %2 above the minimum&apos;s: each update adds Gaussian noise of standard deviation %3 to each coordinate of the gradient, larger than the gradient itself there (%4 at most %5), so it jitters instead of settling.</source>
        <comment>Over its last step it stayed within %1 of the minimum, its loss at most %2 above the minimum&apos;s: each update adds Gaussian noise of standard deviation %3 to each coordinate of the gradient, larger than the gradient itself there (%4 at most %5), so it jitters instead of settling.</comment>
        <translation>
            <numerusform>Sur son dernier pas, le parcours est resté à moins de %1 du minimum, sa perte au plus %2 au-dessus de celle du minimum&#xa0;: chaque mise à jour ajoute un bruit gaussien d’écart-type %3 à chaque coordonnée du gradient, plus grand que le gradient lui-même à cet endroit (%4 vaut au plus %5), il s’agite donc au lieu de se stabiliser.</numerusform>
            <numerusform>Sur ses %n derniers pas, le parcours est resté à moins de %1 du minimum, sa perte au plus %2 au-dessus de celle du minimum&#xa0;: chaque mise à jour ajoute un bruit gaussien d’écart-type %3 à chaque coordonnée du gradient, plus grand que le gradient lui-même à cet endroit (%4 vaut au plus %5), il s’agite donc au lieu de se stabiliser.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Over its last %n steps it stayed within %1 of the minimum, its loss at most %2 above the minimum&apos;s: each update adds Gaussian noise of standard deviation %3 to each coordinate of the gradient, comparable to the gradient itself there (%4 at most %5), so it jitters instead of settling.</source>
        <comment>Over its last step it stayed within %1 of the minimum, its loss at most %2 above the minimum&apos;s: each update adds Gaussian noise of standard deviation %3 to each coordinate of the gradient, comparable to the gradient itself there (%4 at most %5), so it jitters instead of settling.</comment>
        <translation>
            <numerusform>Sur son dernier pas, le parcours est resté à moins de %1 du minimum, sa perte au plus %2 au-dessus de celle du minimum&#xa0;: chaque mise à jour ajoute un bruit gaussien d’écart-type %3 à chaque coordonnée du gradient, comparable au gradient lui-même à cet endroit (%4 vaut au plus %5), il s’agite donc au lieu de se stabiliser.</numerusform>
            <numerusform>Sur ses %n derniers pas, le parcours est resté à moins de %1 du minimum, sa perte au plus %2 au-dessus de celle du minimum&#xa0;: chaque mise à jour ajoute un bruit gaussien d’écart-type %3 à chaque coordonnée du gradient, comparable au gradient lui-même à cet endroit (%4 vaut au plus %5), il s’agite donc au lieu de se stabiliser.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>after %n steps the loss is %1</source>
        <comment>after %n step the loss is %1</comment>
        <translation>
            <numerusform>après %n pas, la perte vaut %1</numerusform>
            <numerusform>après %n pas, la perte vaut %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>after %n steps the loss is %1, still falling</source>
        <comment>after %n step the loss is %1, still falling</comment>
        <translation>
            <numerusform>après %n pas, la perte vaut %1, encore en baisse</numerusform>
            <numerusform>après %n pas, la perte vaut %1, encore en baisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>after %n steps the loss is %1, rising at the last step</source>
        <comment>after %n step the loss is %1, rising at the last step</comment>
        <translation>
            <numerusform>après %n pas, la perte vaut %1, en hausse au dernier pas</numerusform>
            <numerusform>après %n pas, la perte vaut %1, en hausse au dernier pas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>after %n steps the loss is %1, unchanged at the last step</source>
        <comment>after %n step the loss is %1, unchanged at the last step</comment>
        <translation>
            <numerusform>après %n pas, la perte vaut %1, inchangée au dernier pas</numerusform>
            <numerusform>après %n pas, la perte vaut %1, inchangée au dernier pas</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready at the start (the loss is %1): no step taken yet.</source>
        <translation>Prêt au départ (la perte vaut %1)&#xa0;: aucun pas effectué pour l’instant.</translation>
    </message>
    <message>
        <source>Step %1: the loss is %2.</source>
        <translation>Pas %1&#xa0;: la perte vaut %2.</translation>
    </message>
    <message>
        <source>Step %1: the loss is %2, still falling.</source>
        <translation>Pas %1&#xa0;: la perte vaut %2, encore en baisse.</translation>
    </message>
    <message>
        <source>Step %1: the loss is %2, rising at the last step.</source>
        <translation>Pas %1&#xa0;: la perte vaut %2, en hausse au dernier pas.</translation>
    </message>
    <message>
        <source>Step %1: the loss is %2, unchanged at the last step.</source>
        <translation>Pas %1&#xa0;: la perte vaut %2, inchangée au dernier pas.</translation>
    </message>
    <message>
        <source>Diverged at step %1: %2.</source>
        <translation>Divergence au pas %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Converged at step %1: %2 = %3 fell below the tolerance %4; the loss is %5.</source>
        <translation>Convergence au pas %1&#xa0;: %2 = %3 est passé sous la tolérance %4&#xa0;; la perte vaut %5.</translation>
    </message>
    <message>
        <source>its gap to %1</source>
        <translation>son écart au %1</translation>
    </message>
    <message>
        <source>Converged: %1 fell below %2 of its start value; %3 (%4 of the start value).</source>
        <translation>Convergence&#xa0;: %1 est passé sous %2 de sa valeur de départ&#xa0;; %3 (%4 de la valeur de départ).</translation>
    </message>
    <message>
        <source>Not converged: %1; %2 (converged means below %3 of it).</source>
        <translation>Non convergé&#xa0;: %1&#xa0;; %2 (convergé signifie sous %3 de celle-ci).</translation>
    </message>
    <message>
        <source>Not converged: %1; %2 (converged means below %3 of it); no minimum was found ahead.</source>
        <translation>Non convergé&#xa0;: %1&#xa0;; %2 (convergé signifie sous %3 de celle-ci)&#xa0;; aucun minimum n’a été trouvé devant.</translation>
    </message>
    <message>
        <source>Near %1, %2: to first order each step only flips the error&apos;s sign.</source>
        <translation>Près du %1, %2&#xa0;: au premier ordre, chaque pas ne fait qu’inverser le signe de l’erreur.</translation>
    </message>
    <message>
        <source>Near %1, %2: the steps are too large to settle into the minimum.</source>
        <translation>Près du %1, %2&#xa0;: les pas sont trop grands pour se stabiliser dans le minimum.</translation>
    </message>
    <message>
        <source>Near %1, %2.</source>
        <translation>Près du %1, %2.</translation>
    </message>
    <message>
        <source>Cannot start here: %1. Move the start into the function&apos;s domain.</source>
        <translation>Impossible de démarrer ici&#xa0;: %1. Placez le départ dans le domaine de la fonction.</translation>
    </message>
    <message>
        <source>the loss is undefined</source>
        <translation>la perte n’est pas définie</translation>
    </message>
    <message>
        <source>Stopped at step %1: %2. The loss keeps falling, so there is no minimum to reach this way.</source>
        <translation>Arrêt au pas %1&#xa0;: %2. La perte continue de baisser, il n’y a donc aucun minimum à atteindre ainsi.</translation>
    </message>
    <message>
        <source>Stopped at step %1: %2, so the step left the function&apos;s domain.</source>
        <translation>Arrêt au pas %1&#xa0;: %2, le pas est donc sorti du domaine de la fonction.</translation>
    </message>
    <message>
        <source>Already there: %1 = %2 at the start is below the tolerance %3, so no step was taken.</source>
        <translation>Déjà arrivé&#xa0;: %1 = %2 au départ est sous la tolérance %3, aucun pas n’a donc été effectué.</translation>
    </message>
    <message>
        <source>Stopped at step %1 where f is nearly flat but not at a minimum: %2 = %3 fell below the tolerance %4; %5.</source>
        <translation>Arrêt au pas %1, là où f est presque plate mais pas en un minimum&#xa0;: %2 = %3 est passé sous la tolérance %4&#xa0;; %5.</translation>
    </message>
    <message>
        <source>Stopped at step %1 where f is nearly flat but not at a minimum: %2 = %3 fell below the tolerance %4.</source>
        <translation>Arrêt au pas %1, là où f est presque plate mais pas en un minimum&#xa0;: %2 = %3 est passé sous la tolérance %4.</translation>
    </message>
    <message>
        <source>too few steps to tell</source>
        <translation>trop peu de pas pour juger</translation>
    </message>
    <message>
        <source>too few steps to tell: the run is too short to show how it moves; give it more steps</source>
        <translation>trop peu de pas pour juger&#xa0;: le parcours est trop court pour montrer comment il évolue&#xa0;; donnez-lui davantage de pas</translation>
    </message>
    <message>
        <source>frozen by the schedule</source>
        <translation>figé par la planification</translation>
    </message>
    <message>
        <source>frozen by the schedule: the schedule shrank the learning rate below a millionth of its start before the last quarter of the run, so the late steps barely move; more steps cannot help: let the rate decay more slowly or stop it at a floor</source>
        <translation>figé par la planification&#xa0;: la planification a réduit le taux d’apprentissage sous un millionième de sa valeur de départ avant le dernier quart du parcours, si bien que les derniers pas ne bougent presque plus&#xa0;; davantage de pas n’y changera rien&#xa0;: faites décroître le taux plus lentement ou arrêtez-le à un plancher</translation>
    </message>
    <message>
        <source>It ran on to its step limit all the same: a run stops early only once %1 falls below the tolerance %2, and it was %3 at the last step.</source>
        <translation>Il a tout de même continué jusqu’à sa limite de pas&#xa0;: un parcours ne s’arrête avant que si %1 passe sous la tolérance %2, et il valait %3 au dernier pas.</translation>
    </message>
    <message>
        <source>Near %1 each step multiplies the error by %2. As r &lt; −1, each step lands on the other side of the minimum, farther from it than before: that rate is too large there (above %3).</source>
        <translation>Près du %1, chaque pas multiplie l’erreur par %2. Comme r &lt; −1, chaque pas atterrit de l’autre côté du minimum, plus loin de lui qu’avant&#xa0;: ce taux y est trop grand (au-dessus de %3).</translation>
    </message>
    <message>
        <source>Near %1 each step multiplies the error by %2. As r &lt; −1, each step lands on the other side of the minimum, farther from it than before: the learning rate is too large there (above %3).</source>
        <translation>Près du %1, chaque pas multiplie l’erreur par %2. Comme r &lt; −1, chaque pas atterrit de l’autre côté du minimum, plus loin de lui qu’avant&#xa0;: le taux d’apprentissage y est trop grand (au-dessus de %3).</translation>
    </message>
    <message>
        <source>Converged: %1 fell below %2 of its start value at step %3 and stayed below; %4 (%5 of the start value).</source>
        <translation>Convergence&#xa0;: %1 est passé sous %2 de sa valeur de départ au pas %3 et y est resté&#xa0;; %4 (%5 de la valeur de départ).</translation>
    </message>
    <message numerus="yes">
        <source>oscillating: steps overshoot and turn back; the loss rose at %n of its %1 steps, but over the last steps taken together the error shrinks</source>
        <comment>oscillating: steps overshoot and turn back; the loss rose at %n of its %1 steps, but over the last steps taken together the error shrinks</comment>
        <translation>
            <numerusform>oscillation&#xa0;: les pas dépassent le minimum et reviennent en arrière&#xa0;; la perte a augmenté à %n de ses %1 pas, mais sur l’ensemble des derniers pas l’erreur diminue</numerusform>
            <numerusform>oscillation&#xa0;: les pas dépassent le minimum et reviennent en arrière&#xa0;; la perte a augmenté à %n de ses %1 pas, mais sur l’ensemble des derniers pas l’erreur diminue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>oscillating, unfinished: steps overshoot and turn back; the loss rose at %n of its %1 steps, and over the last steps taken together the error shrinks, but the steps ran out before the tolerance was met</source>
        <comment>oscillating, unfinished: steps overshoot and turn back; the loss rose at %n of its %1 steps, and over the last steps taken together the error shrinks, but the steps ran out before the tolerance was met</comment>
        <translation>
            <numerusform>oscillation inachevée&#xa0;: les pas dépassent le minimum et reviennent en arrière&#xa0;; la perte a augmenté à %n de ses %1 pas, et sur l’ensemble des derniers pas l’erreur diminue, mais les pas se sont épuisés avant que la tolérance soit atteinte</numerusform>
            <numerusform>oscillation inachevée&#xa0;: les pas dépassent le minimum et reviennent en arrière&#xa0;; la perte a augmenté à %n de ses %1 pas, et sur l’ensemble des derniers pas l’erreur diminue, mais les pas se sont épuisés avant que la tolérance soit atteinte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>irregular: the last %1 steps all go the same way, yet the loss rose at %n of them: the run is carried uphill and has not turned back yet</source>
        <comment>irregular: the last %1 steps all go the same way, yet the loss rose at %n of them: the run is carried uphill and has not turned back yet</comment>
        <translation>
            <numerusform>irrégulier&#xa0;: les %1 derniers pas vont tous dans le même sens, mais la perte a augmenté à %n d’entre eux&#xa0;: le parcours est emporté vers le haut et n’a pas encore fait demi-tour</numerusform>
            <numerusform>irrégulier&#xa0;: les %1 derniers pas vont tous dans le même sens, mais la perte a augmenté à %n d’entre eux&#xa0;: le parcours est emporté vers le haut et n’a pas encore fait demi-tour</numerusform>
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
        <translation>Par paliers</translation>
    </message>
    <message>
        <source>Exponential decay</source>
        <translation>Exponentielle</translation>
    </message>
    <message>
        <source>Cosine annealing</source>
        <translation>Recuit cosinus</translation>
    </message>
    <message>
        <source>Warm-up, then cosine</source>
        <translation>Échauffement, puis cosinus</translation>
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
        <translation>par paliers</translation>
    </message>
    <message>
        <source>exponential</source>
        <translation>exponentielle</translation>
    </message>
    <message>
        <source>cosine</source>
        <translation>recuit cosinus</translation>
    </message>
    <message>
        <source>warmup-cosine</source>
        <translation>échauffement puis cosinus</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>%1 must be a whole number of at least 1, got %2</source>
        <translation>%1 doit être un nombre entier d’au moins 1 (reçu&#xa0;: %2)</translation>
    </message>
    <message>
        <source>%1 must be greater than 0 and at most 1, got %2</source>
        <translation>%1 doit être supérieur à 0 et au plus égal à 1 (reçu&#xa0;: %2)</translation>
    </message>
    <message>
        <source>%1 must be a whole number of at least 1 and less than %2 (%3), got %4</source>
        <translation>%1 doit être un nombre entier d’au moins 1 et inférieur à %2 (%3) (reçu&#xa0;: %4)</translation>
    </message>
    <message>
        <source>%1 must be 0 or positive, got %2</source>
        <translation>%1 doit être nul ou positif (reçu&#xa0;: %2)</translation>
    </message>
</context>
<context>
    <name>StateCaption</name>
    <message>
        <source>Optimizer state: gradient descent and Newton&apos;s method keep none, so nothing is drawn.</source>
        <translation>État de l’optimiseur&#xa0;: la descente de gradient et la méthode de Newton n’en conservent aucun, donc rien n’est tracé.</translation>
    </message>
    <message>
        <source>Optimizer state, drawn from where each update started (the latest strong, earlier ones faded).</source>
        <translation>État de l’optimiseur, tracé depuis le point de départ de chaque mise à jour (la plus récente en trait fort, les précédentes estompées).</translation>
    </message>
    <message>
        <source>Momentum, Nesterov: solid arrow −η·v, the velocity v (torch&apos;s momentum_buffer) after the update, times the rate (momentum&apos;s update itself); dashed −η·g, the step the gradient alone would take.</source>
        <translation>Momentum, Nesterov&#xa0;: flèche pleine −η·v, la vitesse v (le momentum_buffer de torch) après la mise à jour, multipliée par le taux (la mise à jour du momentum elle-même)&#xa0;; en pointillés −η·g, le pas que ferait le gradient seul.</translation>
    </message>
    <message>
        <source>Adam: solid arrow −η·m/(√v + ε), m and v its averages bias-corrected (exp_avg/(1 − β₁ᵗ), exp_avg_sq/(1 − β₂ᵗ)): the update it took; dashed −η·g/(√v + ε), the same with the raw gradient g in place of the smoothed m.</source>
        <translation>Adam&#xa0;: flèche pleine −η·m/(√v + ε), où m et v sont ses moyennes corrigées du biais (exp_avg/(1 − β₁ᵗ), exp_avg_sq/(1 − β₂ᵗ))&#xa0;: la mise à jour effectuée&#xa0;; en pointillés −η·g/(√v + ε), la même avec le gradient brut g à la place du m lissé.</translation>
    </message>
    <message>
        <source>Bar (Adagrad, RMSprop, Adam), drawn just below the arrow: half-width |Δw|, the update taken: the effective step size below times the gradient (for Adam times the bias-corrected m/(1 − β₁ᵗ) instead).</source>
        <translation>Barre (Adagrad, RMSprop, Adam), tracée juste sous la flèche&#xa0;: demi-largeur |Δw|, la mise à jour effectuée&#xa0;: la taille de pas effective ci-dessous multipliée par le gradient (pour Adam, multipliée plutôt par le m corrigé du biais m/(1 − β₁ᵗ)).</translation>
    </message>
    <message>
        <source>Box (Adagrad, RMSprop, Adam): half-widths |Δx|, |Δy|, the update taken in each coordinate (it lands on a corner): the per-coordinate step size below times the gradient (for Adam times the bias-corrected m/(1 − β₁ᵗ) instead).</source>
        <translation>Rectangle (Adagrad, RMSprop, Adam)&#xa0;: demi-largeurs |Δx|, |Δy|, la mise à jour effectuée sur chaque coordonnée (elle aboutit à un coin)&#xa0;: la taille de pas par coordonnée ci-dessous multipliée par le gradient (pour Adam, multipliée plutôt par le m corrigé du biais m/(1 − β₁ᵗ)).</translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <source>Too short to read at this zoom, the marks are drawn longer than the update: %1 (divide what you see by that factor; zoom in for the true lengths).</source>
        <translation>Trop courtes pour être lues à ce zoom, les marques sont tracées plus longues que la mise à jour&#xa0;: %1 (divisez ce que vous voyez par ce facteur&#xa0;; zoomez pour voir les vraies longueurs).</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 pour %2</translation>
    </message>
    <message>
        <source>%1, update %2: %3 = %4, so %5</source>
        <translation>%1, mise à jour %2&#xa0;: %3 = %4, donc %5</translation>
    </message>
</context>
<context>
    <name>StepExplanation</name>
    <message>
        <source>v ← g (the first update starts the velocity at the gradient)</source>
        <translation>v ← g (la première mise à jour initialise la vitesse au gradient)</translation>
    </message>
    <message>
        <source>f″ = %1 is not positive: the parabola through this point has no minimum to jump to, so Newton&apos;s method takes a gradient step.</source>
        <translation>f″ = %1 n’est pas strictement positif&#xa0;: la parabole passant par ce point n’a pas de minimum vers lequel sauter, donc la méthode de Newton fait un pas de gradient.</translation>
    </message>
    <message>
        <source>θ ← θ − η·g/f″  (the minimum of the parabola with slope g and curvature f″, for η = 1)</source>
        <translation>θ ← θ − η·g/f″  (le minimum de la parabole de pente g et de courbure f″, pour η = 1)</translation>
    </message>
    <message>
        <source>H is not positive definite (det H = %1, %2 = %3): the local quadratic model has no minimum to jump to, so Newton&apos;s method takes a gradient step.</source>
        <translation>H n’est pas définie positive (det H = %1, %2 = %3)&#xa0;: le modèle quadratique local n’a pas de minimum vers lequel sauter, donc la méthode de Newton fait un pas de gradient.</translation>
    </message>
    <message>
        <source>d ← H⁻¹·g  (solving H·d = g)</source>
        <translation>d ← H⁻¹·g  (en résolvant H·d = g)</translation>
    </message>
    <message>
        <source>velocity</source>
        <translation>vitesse</translation>
    </message>
    <message>
        <source>accumulated G (sum of g²)</source>
        <translation>G accumulé (somme des g²)</translation>
    </message>
    <message>
        <source>mean square of g</source>
        <translation>moyenne des carrés de g</translation>
    </message>
    <message>
        <source>first moment (mean of g)</source>
        <translation>premier moment (moyenne de g)</translation>
    </message>
    <message>
        <source>second moment (mean of g²)</source>
        <translation>second moment (moyenne de g²)</translation>
    </message>
    <message>
        <source>m bias-corrected</source>
        <translation>m corrigé du biais</translation>
    </message>
    <message>
        <source>v bias-corrected</source>
        <translation>v corrigé du biais</translation>
    </message>
    <message>
        <source>g = ∇f(θ) + noise: the gradient this update used</source>
        <translation>g = ∇f(θ) + bruit&#xa0;: le gradient utilisé par cette mise à jour</translation>
    </message>
    <message>
        <source>With gradient noise, the update used g, not the true gradient ∇f(θ).</source>
        <translation>Avec un bruit sur le gradient, la mise à jour a utilisé g, et non le vrai gradient ∇f(θ).</translation>
    </message>
</context>
<context>
    <name>StopWording</name>
    <message>
        <source>|%1| reached %2 at step %3; stopped: %4</source>
        <translation>|%1| a atteint %2 au pas %3&#xa0;; arrêt&#xa0;: %4</translation>
    </message>
    <message>
        <source>|%1| reached %2 at step %3; still growing at the last step</source>
        <translation>|%1| a atteint %2 au pas %3&#xa0;; encore en hausse au dernier pas</translation>
    </message>
    <message>
        <source>|%1| reached %2 at step %3</source>
        <translation>|%1| a atteint %2 au pas %3</translation>
    </message>
</context>
<context>
    <name>gradlab::AutogradFigure</name>
    <message>
        <source>Gradient comparison</source>
        <translation>Comparaison des gradients</translation>
    </message>
    <message>
        <source>Backward through %1 (grad %2): its inputs are constants, which take no gradient.</source>
        <translation>Rétropropagation à travers %1 (grad %2)&#xa0;: ses entrées sont des constantes, qui ne reçoivent pas de gradient.</translation>
    </message>
    <message>
        <source>to %1: %2 × %3 %4 %5</source>
        <translation>vers %1&#xa0;: %2 × %3 %4 %5</translation>
    </message>
    <message>
        <source>Backward through %1 (grad %2). Chain rule, upstream gradient × local derivative (the number on the arrow) = what the input receives: %3.</source>
        <translation>Rétropropagation à travers %1 (grad %2). Règle de la chaîne, gradient amont × dérivée locale (le nombre sur la flèche) = ce que reçoit l’entrée&#xa0;: %3.</translation>
    </message>
    <message>
        <source>at %1 = %2</source>
        <translation>en %1 = %2</translation>
    </message>
    <message>
        <source>Forward pass at %1 = %2: every operation records its inputs and its value, f = %3. The number on each arrow is the operation&apos;s local derivative by that input. Press Backward to send the gradient back through the graph.</source>
        <translation>Passe avant en %1 = %2&#xa0;: chaque opération enregistre ses entrées et sa valeur, f = %3. Le nombre sur chaque flèche est la dérivée locale de l’opération par rapport à cette entrée. Appuyez sur Rétropropager pour renvoyer le gradient à travers le graphe.</translation>
    </message>
    <message>
        <source>Backward pass complete, but f%1 is undefined (%2): no gradient here. PyTorch would still report %3.grad = %4 and %5.grad = %6 from the local rules.</source>
        <translation>Passe arrière terminée, mais f%1 n’est pas défini (%2)&#xa0;: pas de gradient ici. PyTorch indiquerait quand même %3.grad = %4 et %5.grad = %6 d’après les règles locales.</translation>
    </message>
    <message>
        <source>Backward pass complete: %1.grad = %2 and %3.grad = %4, as PyTorch&apos;s loss.backward() would give.</source>
        <translation>Passe arrière terminée&#xa0;: %1.grad = %2 et %3.grad = %4, comme le donnerait loss.backward() de PyTorch.</translation>
    </message>
    <message>
        <source>This is how a neuron learns its weight: one gradient-descent step with rate η moves %1 to %1 − η·%2 and %3 to %3 − η·%4, downhill on this example&apos;s loss.</source>
        <translation>C’est ainsi qu’un neurone apprend son poids&#xa0;: un pas de descente de gradient de taux η fait passer %1 à %1 − η·%2 et %3 à %3 − η·%4, en descendant la perte de cet exemple.</translation>
    </message>
    <message>
        <source>∂f/∂%1: reverse-mode AD &lt;b&gt;%2&lt;/b&gt; &amp;nbsp;|&amp;nbsp; symbolic %3 = &lt;b&gt;%4&lt;/b&gt; &amp;nbsp;|&amp;nbsp; central difference &lt;b&gt;%5&lt;/b&gt;</source>
        <translation>∂f/∂%1&#xa0;: AD en mode inverse &lt;b&gt;%2&lt;/b&gt; &#xa0;|&#xa0; symbolique %3 = &lt;b&gt;%4&lt;/b&gt; &#xa0;|&#xa0; différence centrée &lt;b&gt;%5&lt;/b&gt;</translation>
    </message>
    <message>
        <source>✔ AD and symbolic agree for both variables</source>
        <translation>✔ AD et calcul symbolique concordent pour les deux variables</translation>
    </message>
    <message>
        <source>✘ AD and symbolic do not agree here (%1)</source>
        <translation>✘ AD et calcul symbolique ne concordent pas ici (%1)</translation>
    </message>
    <message>
        <source>Backward pass complete, but f(%1) is undefined (%2): %3 = %1 is outside the domain, so f has no gradient here. PyTorch would still report %3.grad = %4 from the local rules: a number, not a slope.</source>
        <translation>Passe arrière terminée, mais f(%1) n’est pas défini (%2)&#xa0;: %3 = %1 est hors du domaine, donc f n’a pas de gradient ici. PyTorch indiquerait quand même %3.grad = %4 d’après les règles locales&#xa0;: un nombre, pas une pente.</translation>
    </message>
    <message>
        <source>Backward pass complete: PyTorch&apos;s loss.backward() would report %1.grad = %2, its convention at a corner (abs and relu count their slope at 0 as 0). The true derivative does not exist here: the one-sided slopes differ.</source>
        <translation>Passe arrière terminée&#xa0;: loss.backward() de PyTorch indiquerait %1.grad = %2, sa convention en un point anguleux (abs et relu comptent leur pente en 0 comme 0). La vraie dérivée n’existe pas ici&#xa0;: les pentes à gauche et à droite diffèrent.</translation>
    </message>
    <message>
        <source>Backward pass complete: PyTorch would print %1.grad = %2. The derivative is undefined here (vertical tangent): the slope grows without bound.</source>
        <translation>Passe arrière terminée&#xa0;: PyTorch afficherait %1.grad = %2. La dérivée n’est pas définie ici (tangente verticale)&#xa0;: la pente croît sans borne.</translation>
    </message>
    <message>
        <source>Backward pass complete: PyTorch would print %1.grad = %2; the slope is not finite here.</source>
        <translation>Passe arrière terminée&#xa0;: PyTorch afficherait %1.grad = %2&#xa0;; la pente n’est pas finie ici.</translation>
    </message>
    <message>
        <source>Backward pass complete: %1.grad = %2, as PyTorch&apos;s loss.backward() would give.</source>
        <translation>Passe arrière terminée&#xa0;: %1.grad = %2, comme le donnerait loss.backward() de PyTorch.</translation>
    </message>
    <message>
        <source>✔ AD and symbolic agree</source>
        <translation>✔ AD et calcul symbolique concordent</translation>
    </message>
    <message>
        <source>✘ they differ</source>
        <translation>✘ ils diffèrent</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>✘ nothing to compare: f(%1) is undefined, %2 = %1 is outside the function&apos;s domain (%3), so f has no derivative there</source>
        <translation>✘ rien à comparer&#xa0;: f(%1) n’est pas défini, %2 = %1 est hors du domaine de la fonction (%3), donc f n’y a pas de dérivée</translation>
    </message>
    <message>
        <source>%1 (PyTorch&apos;s convention)</source>
        <translation>%1 (convention de PyTorch)</translation>
    </message>
    <message>
        <source>undefined (corner)</source>
        <translation>non défini (point anguleux)</translation>
    </message>
    <message>
        <source>✘ no derivative at %1 = %2: a corner, the one-sided slopes differ (%3 from the left, %4 from the right)</source>
        <translation>✘ pas de dérivée en %1 = %2&#xa0;: un point anguleux, les pentes à gauche et à droite diffèrent (%3 à gauche, %4 à droite)</translation>
    </message>
    <message>
        <source>undefined (vertical tangent; PyTorch prints %1)</source>
        <translation>non défini (tangente verticale&#xa0;; PyTorch affiche %1)</translation>
    </message>
    <message>
        <source>undefined (vertical tangent)</source>
        <translation>non défini (tangente verticale)</translation>
    </message>
    <message>
        <source>✘ no derivative at %1 = %2: a vertical tangent, the difference quotients grow without bound as h shrinks</source>
        <translation>✘ pas de dérivée en %1 = %2&#xa0;: une tangente verticale, les taux d’accroissement croissent sans borne quand h diminue</translation>
    </message>
    <message>
        <source>✘ nothing to compare: f(%1) is defined but its slope is not finite there</source>
        <translation>✘ rien à comparer&#xa0;: f(%1) est défini mais sa pente n’y est pas finie</translation>
    </message>
    <message>
        <source>undefined as written (0/0)</source>
        <translation>non défini tel qu’écrit (0/0)</translation>
    </message>
    <message>
        <source>✔ the slope exists and AD gives it: f′(%1) = %2 (the one-sided difference quotients agree and shrink towards it); the symbolic formula is 0/0 there as written, not a corner</source>
        <translation>✔ la pente existe et l’AD la donne&#xa0;: f′(%1) = %2 (les taux d’accroissement à gauche et à droite concordent et s’en rapprochent)&#xa0;; la formule symbolique, telle qu’écrite, y vaut 0/0&#xa0;: ce n’est pas un point anguleux</translation>
    </message>
    <message>
        <source>✘ the slope exists, f′(%1) ≈ %2 by the one-sided difference quotients, but AD gives %3 and the symbolic formula is 0/0 there as written</source>
        <translation>✘ la pente existe, f′(%1) ≈ %2 d’après les taux d’accroissement à gauche et à droite, mais l’AD donne %3 et la formule symbolique, telle qu’écrite, y vaut 0/0</translation>
    </message>
    <message>
        <source>reverse-mode AD &lt;b&gt;%1&lt;/b&gt; &amp;nbsp;|&amp;nbsp; symbolic f′(%2) = %3 = &lt;b&gt;%4&lt;/b&gt; &amp;nbsp;|&amp;nbsp; central difference &lt;b&gt;%5&lt;/b&gt;&lt;br&gt;&lt;span style=&apos;color:%6&apos;&gt;%7&lt;/span&gt;</source>
        <translation>AD en mode inverse &lt;b&gt;%1&lt;/b&gt; &#xa0;|&#xa0; symbolique f′(%2) = %3 = &lt;b&gt;%4&lt;/b&gt; &#xa0;|&#xa0; différence centrée &lt;b&gt;%5&lt;/b&gt;&lt;br&gt;&lt;span style=&apos;color:%6&apos;&gt;%7&lt;/span&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%1 feeds %n arrow(s), so its gradient is the sum: ∂f/∂%1 = %2 %3 %4.</source>
        <translation>
            <numerusform>%1 alimente %n flèche, donc son gradient est la somme&#xa0;: ∂f/∂%1 = %2 %3 %4.</numerusform>
            <numerusform>%1 alimente %n flèches, donc son gradient est la somme&#xa0;: ∂f/∂%1 = %2 %3 %4.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gradlab::AutogradLesson</name>
    <message>
        <source>Neuron: (y − σ(w·x + b))², x = 1.5, y = 1</source>
        <translation>Neurone&#xa0;: (y − σ(w·x + b))², x = 1.5, y = 1</translation>
    </message>
    <message>
        <source>&quot;second&quot; must be a number</source>
        <translation>«&#xa0;second&#xa0;» doit être un nombre</translation>
    </message>
    <message>
        <source>--at needs one coordinate for a formula of one variable, got 2</source>
        <translation>--at attend une seule coordonnée pour une formule d’une variable (reçu&#xa0;: 2)</translation>
    </message>
    <message>
        <source>Change the input value</source>
        <translation>Modifier la valeur d’entrée</translation>
    </message>
</context>
<context>
    <name>gradlab::AutogradView</name>
    <message>
        <source>Input value</source>
        <translation>Valeur d’entrée</translation>
    </message>
    <message>
        <source>&amp;Input value</source>
        <translation>&amp;Valeur d’entrée</translation>
    </message>
    <message>
        <source>Second input</source>
        <translation>Seconde entrée</translation>
    </message>
    <message>
        <source>Second input value</source>
        <translation>Valeur de la seconde entrée</translation>
    </message>
    <message>
        <source>&amp;Backward ▸</source>
        <extracomment>Button: the next step of the backward pass (autograd&apos;s backward(), not a direction)</extracomment>
        <translation>Rétro&amp;propager ▸</translation>
    </message>
    <message>
        <source>Process the next node of the backward pass</source>
        <translation>Traiter le nœud suivant de la passe arrière</translation>
    </message>
    <message>
        <source>Run &amp;all</source>
        <extracomment>Button: process every remaining node of the backward pass at once</extracomment>
        <translation>&amp;Tout exécuter</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <extracomment>Button: forget the backward pass and start it again</extracomment>
        <translation>&amp;Réinitialiser</translation>
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
        <translation>Python simple et NumPy, avec la dérivée écrite explicitement</translation>
    </message>
    <message>
        <source>PyTorch: tensors with requires_grad, backward(), torch.optim</source>
        <translation>PyTorch&#xa0;: tenseurs avec requires_grad, backward(), torch.optim</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the script to the clipboard</source>
        <translation>Copier le script dans le presse-papiers</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Save the script as a .py file</source>
        <translation>Enregistrer le script dans un fichier .py</translation>
    </message>
    <message>
        <source>Python script</source>
        <translation>Script Python</translation>
    </message>
    <message>
        <source>No lesson is shown.</source>
        <translation>Aucune leçon n’est affichée.</translation>
    </message>
    <message>
        <source>No %1 script: %2</source>
        <translation>Pas de script %1&#xa0;: %2</translation>
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
            <numerusform>Script %1 (%n ligne) copié dans le presse-papiers.</numerusform>
            <numerusform>Script %1 (%n lignes) copié dans le presse-papiers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Script</source>
        <translation>Enregistrer le script</translation>
    </message>
    <message>
        <source>Python scripts (*.py)</source>
        <translation>Scripts Python (*.py)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
</context>
<context>
    <name>gradlab::ContourFigure</name>
    <message>
        <source>Contour map with gradient</source>
        <translation>Lignes de niveau et gradient</translation>
    </message>
    <message>
        <source>point</source>
        <translation>point</translation>
    </message>
    <message>
        <source>Slice along x</source>
        <translation>Coupe selon x</translation>
    </message>
    <message>
        <source>Slice along y</source>
        <translation>Coupe selon y</translation>
    </message>
    <message>
        <source>Gradient readouts</source>
        <translation>Valeurs du gradient</translation>
    </message>
    <message>
        <source>f or its gradient is not defined here.</source>
        <translation>f ou son gradient n’est pas défini ici.</translation>
    </message>
    <message>
        <source>∇f ≈ 0 here (|∇f| = %1, under %2 of this function&apos;s typical slope %3): a flat point, with no arrows to draw.</source>
        <translation>∇f ≈ 0 ici (|∇f| = %1, sous %2 de la pente typique de cette fonction, %3)&#xa0;: un point plat, sans flèche à tracer.</translation>
    </message>
    <message>
        <source>The Hessian&apos;s eigenvalues %1 and %2 are both positive: a &lt;b&gt;minimum&lt;/b&gt;, the surface curves up in every direction.</source>
        <translation>Les valeurs propres de la hessienne, %1 et %2, sont toutes deux positives&#xa0;: un &lt;b&gt;minimum&lt;/b&gt;, la surface se courbe vers le haut dans toutes les directions.</translation>
    </message>
    <message>
        <source>The Hessian&apos;s eigenvalues %1 and %2 are both negative: a &lt;b&gt;maximum&lt;/b&gt;, the surface curves down in every direction.</source>
        <translation>Les valeurs propres de la hessienne, %1 et %2, sont toutes deux négatives&#xa0;: un &lt;b&gt;maximum&lt;/b&gt;, la surface se courbe vers le bas dans toutes les directions.</translation>
    </message>
    <message>
        <source>The Hessian&apos;s eigenvalues %1 and %2 have opposite signs: a &lt;b&gt;saddle point&lt;/b&gt;, up one way and down another.</source>
        <translation>Les valeurs propres de la hessienne, %1 et %2, sont de signes opposés&#xa0;: un &lt;b&gt;point selle&lt;/b&gt;, qui monte dans une direction et descend dans une autre.</translation>
    </message>
    <message>
        <source>%1 nearby points, up to %2 away,</source>
        <translation>%1 points voisins, à au plus %2,</translation>
    </message>
    <message>
        <source>f is not defined around it, so the kind of point is unknown.</source>
        <translation>f n’est pas définie autour de ce point, donc sa nature est inconnue.</translation>
    </message>
    <message>
        <source>f is no lower at any of %1 so it is a &lt;b&gt;minimum&lt;/b&gt; (as far as those probes see).</source>
        <translation>f ne prend une valeur plus basse en aucun des %1 donc c’est un &lt;b&gt;minimum&lt;/b&gt; (pour autant que ces sondages le montrent).</translation>
    </message>
    <message>
        <source>f is no higher at any of %1 so it is a &lt;b&gt;maximum&lt;/b&gt; (as far as those probes see).</source>
        <translation>f ne prend une valeur plus haute en aucun des %1 donc c’est un &lt;b&gt;maximum&lt;/b&gt; (pour autant que ces sondages le montrent).</translation>
    </message>
    <message>
        <source>Among %1 f is lower at some and higher at others: &lt;b&gt;neither a minimum nor a maximum&lt;/b&gt;.</source>
        <translation>Parmi les %1 f prend des valeurs plus basses en certains et plus hautes en d’autres&#xa0;: &lt;b&gt;ni un minimum ni un maximum&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>f has the same value at all %1 flat all around.</source>
        <translation>f prend la même valeur en chacun des %1 donc tout est plat autour.</translation>
    </message>
    <message>
        <source>The Hessian&apos;s eigenvalues are %1 and %2: it is singular (a degenerate flat point), so second derivatives &lt;b&gt;cannot tell&lt;/b&gt; what kind of point this is.</source>
        <translation>Les valeurs propres de la hessienne sont %1 et %2&#xa0;: elle est singulière (un point plat dégénéré), donc les dérivées secondes &lt;b&gt;ne permettent pas de dire&lt;/b&gt; quelle est la nature de ce point.</translation>
    </message>
    <message>
        <source>The gradient points uphill, at right angles to the contour through the point; −∇f points downhill. Each slice&apos;s tangent has the slope of one partial derivative.</source>
        <translation>Le gradient pointe dans le sens de la montée, perpendiculairement à la ligne de niveau qui passe par le point&#xa0;; −∇f pointe dans le sens de la descente. La tangente de chaque coupe a pour pente une dérivée partielle.</translation>
    </message>
    <message>
        <source> The surface is nearly flat here, but not flat: zoom in to see the arrows.</source>
        <translation> La surface est presque plate ici, mais pas plate&#xa0;: zoomez pour voir les flèches.</translation>
    </message>
    <message>
        <source>%1: curves up</source>
        <translation>%1&#xa0;: courbée vers le haut</translation>
    </message>
    <message>
        <source>%1: curves down</source>
        <translation>%1&#xa0;: courbée vers le bas</translation>
    </message>
    <message>
        <source>%1: straight</source>
        <translation>%1&#xa0;: droite</translation>
    </message>
    <message>
        <source>The Hessian is not defined here.</source>
        <translation>La hessienne n’est pas définie ici.</translation>
    </message>
    <message>
        <source>Hessian H: %1</source>
        <translation>Hessienne H&#xa0;: %1</translation>
    </message>
    <message>
        <source>Both positive: near here the surface is &lt;b&gt;bowl-shaped&lt;/b&gt;, curving up in every direction (but this is no minimum: ∇f is not 0).</source>
        <translation>Toutes deux positives&#xa0;: près d’ici la surface est &lt;b&gt;en forme de cuvette&lt;/b&gt;, courbée vers le haut dans toutes les directions (mais ce n’est pas un minimum&#xa0;: ∇f n’est pas nul).</translation>
    </message>
    <message>
        <source>Both negative: near here the surface is &lt;b&gt;dome-shaped&lt;/b&gt;, curving down in every direction (but this is no maximum: ∇f is not 0).</source>
        <translation>Toutes deux négatives&#xa0;: près d’ici la surface est &lt;b&gt;en forme de dôme&lt;/b&gt;, courbée vers le bas dans toutes les directions (mais ce n’est pas un maximum&#xa0;: ∇f n’est pas nul).</translation>
    </message>
    <message>
        <source>Opposite signs: near here the surface is &lt;b&gt;saddle-shaped&lt;/b&gt;, curving down along one eigen-direction and up along the other.</source>
        <translation>Signes opposés&#xa0;: près d’ici la surface est &lt;b&gt;en forme de selle&lt;/b&gt;, courbée vers le bas selon une direction propre et vers le haut selon l’autre.</translation>
    </message>
    <message>
        <source>One is 0, the other positive: near here the surface is a &lt;b&gt;trough&lt;/b&gt;, curving up across it and straight along it (to second order).</source>
        <translation>L’une est nulle, l’autre positive&#xa0;: près d’ici la surface est une &lt;b&gt;gouttière&lt;/b&gt;, courbée vers le haut en travers et droite dans sa longueur (à l’ordre deux).</translation>
    </message>
    <message>
        <source>One is 0, the other negative: near here the surface is a &lt;b&gt;ridge&lt;/b&gt;, curving down across it and straight along it (to second order).</source>
        <translation>L’une est nulle, l’autre négative&#xa0;: près d’ici la surface est une &lt;b&gt;crête&lt;/b&gt;, courbée vers le bas en travers et droite dans sa longueur (à l’ordre deux).</translation>
    </message>
    <message>
        <source>Both are 0: to second order the surface is &lt;b&gt;flat&lt;/b&gt; (a tilted plane) here.</source>
        <translation>Toutes deux nulles&#xa0;: à l’ordre deux la surface est &lt;b&gt;plate&lt;/b&gt; (un plan incliné) ici.</translation>
    </message>
    <message>
        <source>The ellipse is where the quadratic part of the local model, ½ dᵀHd, is %1%2; its axes are the eigen-directions, shorter where the surface curves more.</source>
        <translation>L’ellipse est le lieu où la partie quadratique du modèle local, ½ dᵀHd, vaut %1%2&#xa0;; ses axes sont les directions propres, plus courts là où la surface est plus courbée.</translation>
    </message>
    <message>
        <source>The hyperbolas are where ½ dᵀHd = ±%1: the model rises along λ₂&apos;s direction and falls along λ₁&apos;s.</source>
        <translation>Les hyperboles sont le lieu où ½ dᵀHd = ±%1&#xa0;: le modèle monte selon la direction de λ₂ et descend selon celle de λ₁.</translation>
    </message>
    <message>
        <source>The parallel lines are where ½ dᵀHd = %1%2: along them the model does not change.</source>
        <translation>Les droites parallèles sont le lieu où ½ dᵀHd = %1%2&#xa0;: le long de ces droites le modèle ne varie pas.</translation>
    </message>
    <message>
        <source>½ dᵀHd is 0 in every direction: there is no curve to draw.</source>
        <translation>½ dᵀHd vaut 0 dans toutes les directions&#xa0;: il n’y a pas de courbe à tracer.</translation>
    </message>
    <message>
        <source>%1: eigenvalues %2.</source>
        <translation>%1&#xa0;: valeurs propres %2.</translation>
    </message>
    <message>
        <source>At (%1, %2): f = &lt;b&gt;%3&lt;/b&gt; &amp;nbsp;&amp;nbsp; &lt;span style=&apos;color:%4&apos;&gt;∂f/∂%5 = %6 = &lt;b&gt;%7&lt;/b&gt;&lt;/span&gt; &amp;nbsp;&amp;nbsp; &lt;span style=&apos;color:%8&apos;&gt;∂f/∂%9 = %10 = &lt;b&gt;%11&lt;/b&gt;&lt;/span&gt; &amp;nbsp;&amp;nbsp; &lt;span style=&apos;color:%12&apos;&gt;|∇f| = &lt;b&gt;%13&lt;/b&gt;&lt;/span&gt;&lt;br&gt;%14%15</source>
        <translation>En (%1 ; %2)&#xa0;: f = &lt;b&gt;%3&lt;/b&gt; &#xa0;&#xa0; &lt;span style=&apos;color:%4&apos;&gt;∂f/∂%5 = %6 = &lt;b&gt;%7&lt;/b&gt;&lt;/span&gt; &#xa0;&#xa0; &lt;span style=&apos;color:%8&apos;&gt;∂f/∂%9 = %10 = &lt;b&gt;%11&lt;/b&gt;&lt;/span&gt; &#xa0;&#xa0; &lt;span style=&apos;color:%12&apos;&gt;|∇f| = &lt;b&gt;%13&lt;/b&gt;&lt;/span&gt;&lt;br&gt;%14%15</translation>
    </message>
    <message>
        <source>gradient at (%1, %2) is (%3, %4)</source>
        <translation>le gradient en (%1 ; %2) vaut (%3 ; %4)</translation>
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
        <translation>Afficher la hessienne</translation>
    </message>
    <message>
        <source>Hide the Hessian</source>
        <translation>Masquer la hessienne</translation>
    </message>
    <message>
        <source>%1 must be true or false</source>
        <translation>%1 doit être true ou false</translation>
    </message>
</context>
<context>
    <name>gradlab::ContourView</name>
    <message>
        <source>Point:</source>
        <translation>Point&#xa0;:</translation>
    </message>
    <message>
        <source>Click the map or drag the point, or type its coordinates.</source>
        <translation>Cliquez sur la carte ou faites glisser le point, ou saisissez ses coordonnées.</translation>
    </message>
    <message>
        <source>He&amp;ssian</source>
        <translation>&amp;Hessienne</translation>
    </message>
    <message>
        <source>Draw the Hessian at the point as the axes of the local quadratic model: its eigen-directions, labelled with the eigenvalues, and the curve where ½ dᵀHd = ±c (an ellipse, hyperbolas or parallel lines).</source>
        <translation>Tracer la hessienne au point comme les axes du modèle quadratique local&#xa0;: ses directions propres, étiquetées par les valeurs propres, et la courbe où ½ dᵀHd = ±c (une ellipse, des hyperboles ou des droites parallèles).</translation>
    </message>
</context>
<context>
    <name>gradlab::DataActions</name>
    <message>
        <source>&amp;Import Data…</source>
        <translation>&amp;Importer des données…</translation>
    </message>
    <message>
        <source>Import Data</source>
        <translation>Importer des données</translation>
    </message>
    <message>
        <source>CSV with columns x and y (*.csv);;All files (*)</source>
        <translation>CSV avec colonnes x et y (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Read points (a CSV with columns x and y) into the lesson “Fitting a line”</source>
        <translation>Lire des points (un CSV avec colonnes x et y) dans la leçon «&#xa0;Ajuster une droite&#xa0;»</translation>
    </message>
    <message>
        <source>Export &amp;Data as CSV…</source>
        <translation>Exporter les &amp;données en CSV…</translation>
    </message>
    <message>
        <source>Export Data as CSV</source>
        <translation>Exporter les données en CSV</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>Tableaux CSV (*.csv)</translation>
    </message>
    <message>
        <source>Write the points of the lesson “Fitting a line” as CSV</source>
        <translation>Écrire les points de la leçon «&#xa0;Ajuster une droite&#xa0;» en CSV</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Échec de l’importation</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Impossible de lire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 is too large to be data for this lesson.</source>
        <translation>%1 est trop volumineux pour être des données de cette leçon.</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 n’a pas été importé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’exportation</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n point(s) from %1</source>
        <translation>
            <numerusform>%n point importé depuis %1</numerusform>
            <numerusform>%n points importés depuis %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n point(s))</source>
        <translation>
            <numerusform>%1 enregistré (%n point)</numerusform>
            <numerusform>%1 enregistré (%n points)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gradlab::DataPresets</name>
    <message>
        <source>A line with noise</source>
        <translation>Une droite avec du bruit</translation>
    </message>
    <message>
        <source>One outlier</source>
        <translation>Une valeur aberrante</translation>
    </message>
    <message>
        <source>One point (2, 3)</source>
        <extracomment>A data set of one point, at x = 2, y = 3</extracomment>
        <translation>Un seul point (2 ; 3)</translation>
    </message>
</context>
<context>
    <name>gradlab::DescentFigure</name>
    <message>
        <source>Loss curve with descent steps</source>
        <translation>Courbe de perte et pas de descente</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>perte</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>pas</translation>
    </message>
    <message>
        <source>start</source>
        <translation>départ</translation>
    </message>
    <message>
        <source>step</source>
        <translation>pas</translation>
    </message>
    <message>
        <source>w</source>
        <translation>w</translation>
    </message>
    <message>
        <source>gradient</source>
        <translation>gradient</translation>
    </message>
    <message>
        <source>update</source>
        <translation>mise à jour</translation>
    </message>
    <message>
        <source>lr</source>
        <translation>taux</translation>
    </message>
    <message>
        <source>The learning rate of the update on this row, as the schedule sets it</source>
        <translation>Le taux d’apprentissage de la mise à jour de cette ligne, tel que la planification le fixe</translation>
    </message>
    <message>
        <source>Step table</source>
        <translation>Tableau des pas</translation>
    </message>
    <message>
        <source>update Δ%1</source>
        <translation>mise à jour Δ%1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>true gradient</source>
        <translation>vrai gradient</translation>
    </message>
    <message>
        <source>update Δ%1
(noisy)</source>
        <translation>mise à jour Δ%1
(bruitée)</translation>
    </message>
    <message>
        <source>%1ₖ₊₁ − %1ₖ: the step taken from this row, from its gradient plus the noise drawn for it; the next row starts there</source>
        <translation>%1ₖ₊₁ − %1ₖ&#xa0;: le pas effectué depuis cette ligne, à partir de son gradient plus le bruit tiré pour elle&#xa0;; la ligne suivante part de là</translation>
    </message>
    <message>
        <source>%1ₖ₊₁ − %1ₖ: the step this row&apos;s gradient causes; the next row starts there</source>
        <translation>%1ₖ₊₁ − %1ₖ&#xa0;: le pas que produit le gradient de cette ligne&#xa0;; la ligne suivante part de là</translation>
    </message>
    <message>
        <source>The true gradient at this row&apos;s point (the update used it plus noise of standard deviation σ)</source>
        <translation>Le vrai gradient au point de cette ligne (la mise à jour l’a utilisé, plus un bruit d’écart-type σ)</translation>
    </message>
    <message>
        <source>step %1: %2 = %3, loss %4. %5</source>
        <translation>pas %1&#xa0;: %2 = %3, perte %4. %5</translation>
    </message>
</context>
<context>
    <name>gradlab::DescentLesson</name>
    <message>
        <source>Change the learning rate</source>
        <translation>Modifier le taux d’apprentissage</translation>
    </message>
    <message>
        <source>Change the optimizer settings</source>
        <translation>Modifier les réglages de l’optimiseur</translation>
    </message>
    <message>
        <source>Change the number of steps</source>
        <translation>Modifier le nombre de pas</translation>
    </message>
    <message>
        <source>Change the tolerance</source>
        <translation>Modifier la tolérance</translation>
    </message>
    <message>
        <source>Change the learning-rate schedule</source>
        <translation>Modifier la planification du taux d’apprentissage</translation>
    </message>
    <message>
        <source>Change the gradient noise</source>
        <translation>Modifier le bruit du gradient</translation>
    </message>
    <message>
        <source>Change the noise seed</source>
        <translation>Modifier la graine du bruit</translation>
    </message>
    <message>
        <source>Show the optimizer state</source>
        <translation>Afficher l’état de l’optimiseur</translation>
    </message>
    <message>
        <source>Hide the optimizer state</source>
        <translation>Masquer l’état de l’optimiseur</translation>
    </message>
    <message>
        <source>“tolerance” must be a number between %1 and %2</source>
        <translation>«&#xa0;tolerance&#xa0;» doit être un nombre entre %1 et %2</translation>
    </message>
    <message>
        <source>--start needs one coordinate for this lesson, got %1</source>
        <translation>--start attend une seule coordonnée pour cette leçon (reçu&#xa0;: %1)</translation>
    </message>
    <message>
        <source>--optimizer takes one of %1 here</source>
        <translation>--optimizer accepte ici l’une des valeurs %1</translation>
    </message>
    <message>
        <source>steps</source>
        <extracomment>What File → Export Table as CSV writes, shown in brackets after it</extracomment>
        <translation>pas</translation>
    </message>
</context>
<context>
    <name>gradlab::DescentView</name>
    <message>
        <source>Start</source>
        <extracomment>The start point&apos;s field (a noun: where descent starts), not &quot;begin&quot;</extracomment>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Where the run starts: a number or an expression such as pi/2 (or drag the start point on the curve)</source>
        <translation>Le point de départ du parcours&#xa0;: un nombre ou une expression comme pi/2 (ou faites glisser le point de départ sur la courbe)</translation>
    </message>
    <message>
        <source>St&amp;art</source>
        <extracomment>Label of the start point&apos;s field (a noun: where descent starts), not &quot;begin&quot;</extracomment>
        <translation>&amp;Départ</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Taux d’apprentissage</translation>
    </message>
    <message>
        <source>&amp;Learning rate</source>
        <translation>&amp;Taux d’apprentissage</translation>
    </message>
    <message>
        <source>Maximum steps</source>
        <translation>Nombre maximal de pas</translation>
    </message>
    <message>
        <source>S&amp;teps</source>
        <extracomment>Label of the field for the most steps a run takes (a count)</extracomment>
        <translation>Pa&amp;s</translation>
    </message>
    <message>
        <source>T&amp;olerance</source>
        <translation>T&amp;olérance</translation>
    </message>
    <message>
        <source>▶ &amp;Play</source>
        <translation>▶ &amp;Lecture</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <extracomment>Button (a verb): take one step of gradient descent</extracomment>
        <translation>&amp;Un pas</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <extracomment>Button: go back to the start point and clear the run</extracomment>
        <translation>&amp;Réinitialiser</translation>
    </message>
    <message>
        <source>Sho&amp;w optimizer state</source>
        <translation>État de l’opti&amp;miseur</translation>
    </message>
    <message>
        <source>Draw the optimizer&apos;s state at each step: the velocity, Adam&apos;s smoothed gradient against the raw gradient, and the update each adaptive step took</source>
        <translation>Tracer l’état de l’optimiseur à chaque pas&#xa0;: la vitesse, le gradient lissé d’Adam face au gradient brut, et la mise à jour effectuée par chaque pas adaptatif</translation>
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
        <translation>Exporter la &amp;figure…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>The lesson&apos;s figure as PNG, PDF or SVG</source>
        <translation>La figure de la leçon en PNG, PDF ou SVG</translation>
    </message>
    <message>
        <source>&amp;Copy Figure</source>
        <translation>Co&amp;pier la figure</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Export &amp;Table as CSV…</source>
        <translation>Exporter le &amp;tableau en CSV…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Export &amp;Animation…</source>
        <translation>Exporter l’&amp;animation…</translation>
    </message>
    <message>
        <source>Export &amp;Table as CSV (%1)…</source>
        <translation>Exporter le &amp;tableau en CSV (%1)…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’exportation</translation>
    </message>
    <message>
        <source>Saved %1 (%2 × %3)</source>
        <translation>%1 enregistré (%2 × %3)</translation>
    </message>
    <message>
        <source>Copied the figure to the clipboard</source>
        <translation>Figure copiée dans le presse-papiers</translation>
    </message>
    <message>
        <source>Copy failed</source>
        <translation>Échec de la copie</translation>
    </message>
    <message>
        <source>This lesson shows no table.</source>
        <translation>Cette leçon n’affiche pas de tableau.</translation>
    </message>
    <message>
        <source>Drawing the frames…</source>
        <translation>Dessin des images…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Exportation annulée&#xa0;; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Export Table as CSV</source>
        <translation>Exporter le tableau en CSV</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>Tableaux CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n row(s))</source>
        <translation>
            <numerusform>%1 enregistré (%n ligne)</numerusform>
            <numerusform>%1 enregistré (%n lignes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n frame(s), %1 to %2</source>
        <translation>
            <numerusform>%n image enregistrée, de %1 à %2</numerusform>
            <numerusform>%n images enregistrées, de %1 à %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gradlab::ExportDialog</name>
    <message>
        <source>Export Figure</source>
        <translation>Exporter la figure</translation>
    </message>
    <message>
        <source>Export Animation</source>
        <translation>Exporter l’animation</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Image PNG</translation>
    </message>
    <message>
        <source>PDF document (vector)</source>
        <translation>Document PDF (vectoriel)</translation>
    </message>
    <message>
        <source>SVG drawing (vector)</source>
        <translation>Dessin SVG (vectoriel)</translation>
    </message>
    <message>
        <source>Animated GIF</source>
        <translation>GIF animé</translation>
    </message>
    <message>
        <source>Numbered PNG frames (NAME-0001.png, …)</source>
        <translation>Images PNG numérotées (NOM-0001.png, …)</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>2× writes twice as many pixels each way with the same layout, for high-DPI slides (PNG and GIF)</source>
        <translation>2× écrit deux fois plus de pixels dans chaque direction avec la même mise en page, pour les diapositives haute résolution (PNG et GIF)</translation>
    </message>
    <message>
        <source>&amp;Transparent background</source>
        <translation>Fond &amp;transparent</translation>
    </message>
    <message>
        <source>Leave the window and plot backgrounds out (PNG, PDF, SVG)</source>
        <translation>Omettre le fond de la fenêtre et celui des graphiques (PNG, PDF, SVG)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Largeur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>&amp;Hauteur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation>&amp;Échelle&#xa0;:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>none (for a slide, e.g. “Gradient descent on x²”)</source>
        <translation>aucun (pour une diapositive, p. ex. «&#xa0;Descente de gradient sur x²&#xa0;»)</translation>
    </message>
    <message>
        <source>Written above the figure, centred; leave empty for no title</source>
        <translation>Écrit au-dessus de la figure, centré&#xa0;; laissez vide pour ne pas mettre de titre</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Copy to Clipboard</source>
        <translation>&amp;Copier dans le presse-papiers</translation>
    </message>
    <message>
        <source>the lesson&apos;s own</source>
        <translation>selon la leçon</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>Images</translation>
    </message>
    <message>
        <source> frames/s</source>
        <translation> images/s</translation>
    </message>
    <message>
        <source>Frames per second</source>
        <translation>Images par seconde</translation>
    </message>
    <message>
        <source>F&amp;rames:</source>
        <translation>Ima&amp;ges&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;peed:</source>
        <translation>&amp;Vitesse&#xa0;:</translation>
    </message>
    <message>
        <source>PNG images (*.png);;PDF documents (*.pdf);;SVG drawings (*.svg)</source>
        <translation>Images PNG (*.png);;Documents PDF (*.pdf);;Dessins SVG (*.svg)</translation>
    </message>
    <message>
        <source>Animated GIF (*.gif);;PNG frames (*.png)</source>
        <translation>GIF animé (*.gif);;Images PNG (*.png)</translation>
    </message>
    <message numerus="yes">
        <source>the lesson&apos;s own (%n frames)</source>
        <translation>
            <numerusform>selon la leçon (%n image)</numerusform>
            <numerusform>selon la leçon (%n images)</numerusform>
        </translation>
    </message>
    <message>
        <source>the lesson&apos;s own (%1 frames/s)</source>
        <translation>selon la leçon (%1 images/s)</translation>
    </message>
    <message>
        <source>A vector drawing of %1 × %2 px at 96 dpi: it stays sharp at any zoom, so the scale does not apply.</source>
        <translation>Un dessin vectoriel de %1 × %2 px à 96 ppp&#xa0;: il reste net à tout zoom, l’échelle ne s’applique donc pas.</translation>
    </message>
    <message>
        <source>Writes an image of %1 × %2 pixels.</source>
        <extracomment>The size of the image the export writes, in pixels</extracomment>
        <translation>Écrit une image de %1 × %2 pixels.</translation>
    </message>
    <message>
        <source>Writes frames of %1 × %2 pixels.</source>
        <translation>Écrit des images de %1 × %2 pixels.</translation>
    </message>
</context>
<context>
    <name>gradlab::FigureTitle</name>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
</context>
<context>
    <name>gradlab::FileActions</name>
    <message>
        <source>GradLab lessons (*.gradlab)</source>
        <translation>Leçons GradLab (*.gradlab)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>Every lesson back to its first function and settings</source>
        <translation>Remet chaque leçon à sa fonction et à ses réglages initiaux</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Cannot open the lesson file</source>
        <translation>Impossible d’ouvrir le fichier de leçon</translation>
    </message>
    <message>
        <source>Opened %1; %2</source>
        <translation>%1 ouvert&#xa0;; %2</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>Cannot save the lesson file</source>
        <translation>Impossible d’enregistrer le fichier de leçon</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>lesson.gradlab</source>
        <translation>lesson.gradlab</translation>
    </message>
    <message>
        <source>Save Lesson</source>
        <translation>Enregistrer la leçon</translation>
    </message>
    <message>
        <source>Open Lesson</source>
        <translation>Ouvrir une leçon</translation>
    </message>
    <message>
        <source>the untitled lesson</source>
        <translation>la leçon sans titre</translation>
    </message>
    <message>
        <source>Save changes?</source>
        <translation>Enregistrer les modifications&#xa0;?</translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing it?</source>
        <translation>Enregistrer les modifications de %1 avant la fermeture&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>&amp;Vider la liste</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
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
        <translation>Données et droite ajustée</translation>
    </message>
    <message>
        <source>left end of the line</source>
        <translation>extrémité gauche de la ligne</translation>
    </message>
    <message>
        <source>right end of the line</source>
        <translation>extrémité droite de la ligne</translation>
    </message>
    <message>
        <source>Loss L(w, b) as a contour map</source>
        <translation>Perte L(w, b) en lignes de niveau</translation>
    </message>
    <message>
        <source>training</source>
        <translation>entraînement</translation>
    </message>
    <message>
        <source>(w, b)</source>
        <translation>(w, b)</translation>
    </message>
    <message>
        <source>Loss on all the data per update</source>
        <translation>Perte sur toutes les données à chaque mise à jour</translation>
    </message>
    <message>
        <source>update</source>
        <extracomment>Axis labels: the update number (a noun), and the loss over all the data</extracomment>
        <translation>mise à jour</translation>
    </message>
    <message>
        <source>L (all data)</source>
        <translation>L (toutes données)</translation>
    </message>
    <message>
        <source>Loss readouts</source>
        <translation>Valeurs de la perte</translation>
    </message>
    <message>
        <source>full batch</source>
        <translation>lot complet</translation>
    </message>
    <message>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <source>mini-batches</source>
        <translation>mini-lots</translation>
    </message>
    <message>
        <source>&lt;b&gt;ŷ = w·x + b&lt;/b&gt; fitted to %1, loss L(w, b) = mean of (y − ŷ)²&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;%2, %3, batch size %4 (%5)</source>
        <translation>&lt;b&gt;ŷ = w·x + b&lt;/b&gt; ajustée à %1, perte L(w, b) = moyenne de (y − ŷ)²&#xa0;&#xa0;&#xa0;&#xa0;%2, %3, taille de lot %4 (%5)</translation>
    </message>
    <message>
        <source>least squares</source>
        <translation>moindres carrés</translation>
    </message>
    <message>
        <source>minimum: every line through (%1, %2)</source>
        <translation>minimum&#xa0;: toute droite passant par (%1 ; %2)</translation>
    </message>
    <message>
        <source>Least squares (&lt;span style=&apos;color:%1&apos;&gt;✱, dashed&lt;/span&gt;): %2, L = %3</source>
        <translation>Moindres carrés (&lt;span style=&apos;color:%1&apos;&gt;✱, en pointillés&lt;/span&gt;)&#xa0;: %2, L = %3</translation>
    </message>
    <message>
        <source>Least squares: every x is %1, so every line through (%1, %2) has the least loss L = %3 (the dashed valley on the map)</source>
        <translation>Moindres carrés&#xa0;: tous les x valent %1, donc toute droite passant par (%1 ; %2) a la plus petite perte L = %3 (la vallée en pointillés sur la carte)</translation>
    </message>
    <message>
        <source>&amp;nbsp;&amp;nbsp; |∇L| = %1, too short to draw on this map</source>
        <translation>&#xa0;&#xa0; |∇L| = %1, trop court pour être tracé sur cette carte</translation>
    </message>
    <message>
        <source>&amp;nbsp;&amp;nbsp; |∇L| = %1, its arrow shortened to fit the map</source>
        <translation>&#xa0;&#xa0; |∇L| = %1, sa flèche est raccourcie pour tenir dans la carte</translation>
    </message>
    <message>
        <source>w = %1, b = %2, L = %3</source>
        <translation>w = %1, b = %2, L = %3</translation>
    </message>
    <message>
        <source>At w = %1, b = %2 (&lt;span style=&apos;color:%3&apos;&gt;%4&lt;/span&gt;): &lt;b&gt;L = %5&lt;/b&gt;&amp;nbsp;&amp;nbsp; &lt;span style=&apos;color:%6&apos;&gt;∂L/∂w = &lt;b&gt;%7&lt;/b&gt;&amp;nbsp;&amp;nbsp; ∂L/∂b = &lt;b&gt;%8&lt;/b&gt;&lt;/span&gt;%9&lt;br&gt;%10. &lt;span style=&apos;color:%11&apos;&gt;Red-orange&lt;/span&gt;: the residuals y − ŷ; L is the mean of their squares.&lt;br&gt;%12 &amp;nbsp;%13.</source>
        <translation>En w = %1, b = %2 (&lt;span style=&apos;color:%3&apos;&gt;%4&lt;/span&gt;)&#xa0;: &lt;b&gt;L = %5&lt;/b&gt;&#xa0;&#xa0; &lt;span style=&apos;color:%6&apos;&gt;∂L/∂w = &lt;b&gt;%7&lt;/b&gt;&#xa0;&#xa0; ∂L/∂b = &lt;b&gt;%8&lt;/b&gt;&lt;/span&gt;%9&lt;br&gt;%10. &lt;span style=&apos;color:%11&apos;&gt;En rouge orangé&lt;/span&gt;&#xa0;: les résidus y − ŷ&#xa0;; L est la moyenne de leurs carrés.&lt;br&gt;%12 &#xa0;%13.</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gradlab::FitLesson</name>
    <message>
        <source>%1 must be two numbers [a, b]</source>
        <translation>%1 doit être deux nombres [a, b]</translation>
    </message>
    <message>
        <source>the data need at least one point</source>
        <translation>les données doivent contenir au moins un point</translation>
    </message>
    <message>
        <source>point %1 is not a pair of finite numbers</source>
        <translation>le point %1 n’est pas un couple de nombres finis</translation>
    </message>
    <message>
        <source>Choose the data set</source>
        <translation>Choisir le jeu de données</translation>
    </message>
    <message>
        <source>Move data point</source>
        <translation>Déplacer un point de données</translation>
    </message>
    <message>
        <source>Add data point</source>
        <translation>Ajouter un point de données</translation>
    </message>
    <message>
        <source>Remove data point</source>
        <translation>Supprimer un point de données</translation>
    </message>
    <message>
        <source>Import data</source>
        <translation>Importer des données</translation>
    </message>
    <message>
        <source>Move line</source>
        <translation>Déplacer la droite</translation>
    </message>
    <message>
        <source>Change the optimizer</source>
        <translation>Changer d’optimiseur</translation>
    </message>
    <message>
        <source>Change the learning rate</source>
        <translation>Modifier le taux d’apprentissage</translation>
    </message>
    <message>
        <source>Change the optimizer settings</source>
        <translation>Modifier les réglages de l’optimiseur</translation>
    </message>
    <message>
        <source>Change the learning-rate schedule</source>
        <translation>Modifier la planification du taux d’apprentissage</translation>
    </message>
    <message>
        <source>Change the number of epochs</source>
        <translation>Modifier le nombre d’époques</translation>
    </message>
    <message>
        <source>Change the batch size</source>
        <translation>Modifier la taille de lot</translation>
    </message>
    <message>
        <source>Change the seed</source>
        <translation>Modifier la graine</translation>
    </message>
    <message>
        <source>“data” must be a list of points [x, y]</source>
        <translation>«&#xa0;data&#xa0;» doit être une liste de points [x, y]</translation>
    </message>
    <message>
        <source>“data” needs at least one point</source>
        <translation>«&#xa0;data&#xa0;» doit contenir au moins un point</translation>
    </message>
    <message>
        <source>“data” point %1</source>
        <translation>«&#xa0;data&#xa0;», point %1</translation>
    </message>
    <message>
        <source>“start”</source>
        <translation>«&#xa0;start&#xa0;»</translation>
    </message>
    <message>
        <source>fit-line takes no formula: its loss is the mean squared error of the line on the data</source>
        <translation>fit-line ne prend pas de formule&#xa0;: sa perte est l’erreur quadratique moyenne de la droite sur les données</translation>
    </message>
    <message>
        <source>--data: %1</source>
        <translation>--data&#xa0;: %1</translation>
    </message>
    <message>
        <source>--optimizer takes one of %1 here</source>
        <translation>--optimizer accepte ici l’une des valeurs %1</translation>
    </message>
    <message>
        <source>--lr takes one rate for this lesson</source>
        <translation>--lr attend un seul taux pour cette leçon</translation>
    </message>
    <message>
        <source>--epochs must be from 1 to %1</source>
        <translation>--epochs doit être entre 1 et %1</translation>
    </message>
    <message>
        <source>--batch-size must be at least 1</source>
        <translation>--batch-size doit valoir au moins 1</translation>
    </message>
    <message numerus="yes">
        <source>the lesson holds at most %n point(s), got %1</source>
        <translation>
            <numerusform>la leçon contient au plus %n point (reçu&#xa0;: %1)</numerusform>
            <numerusform>la leçon contient au plus %n points (reçu&#xa0;: %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“data” holds at most %n point(s), got %1</source>
        <translation>
            <numerusform>«&#xa0;data&#xa0;» contient au plus %n point (reçu&#xa0;: %1)</numerusform>
            <numerusform>«&#xa0;data&#xa0;» contient au plus %n points (reçu&#xa0;: %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>--start needs W,B for this lesson, got %n number(s)</source>
        <translation>
            <numerusform>--start attend W,B pour cette leçon (reçu&#xa0;: %n nombre)</numerusform>
            <numerusform>--start attend W,B pour cette leçon (reçu&#xa0;: %n nombres)</numerusform>
        </translation>
    </message>
    <message>
        <source>steps</source>
        <extracomment>What File → Export Table as CSV writes, shown in brackets after it</extracomment>
        <translation>pas</translation>
    </message>
</context>
<context>
    <name>gradlab::FitView</name>
    <message>
        <source>Data set</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Données</translation>
    </message>
    <message>
        <source>Click beside the data to add a point, drag a point to move it, right-click it (or select it and press Delete) to remove it; File → Import Data… reads a CSV.</source>
        <translation>Cliquez à côté des données pour ajouter un point, faites glisser un point pour le déplacer, cliquez dessus avec le bouton droit (ou sélectionnez-le et appuyez sur Suppr) pour le supprimer&#xa0;; Fichier → Importer des données… lit un CSV.</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Taux d’apprentissage</translation>
    </message>
    <message>
        <source>&amp;Learning rate</source>
        <translation>&amp;Taux d’apprentissage</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Époques</translation>
    </message>
    <message>
        <source>&amp;Epochs</source>
        <extracomment>Label: how many passes over all the data points</extracomment>
        <translation>&amp;Époques</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Taille de lot</translation>
    </message>
    <message>
        <source>Points per update: 1 is stochastic gradient descent (SGD), all of them is full-batch gradient descent. Each epoch shuffles the points (seeded) and cuts them into batches.</source>
        <translation>Points par mise à jour&#xa0;: 1 donne la descente de gradient stochastique (SGD), tous les points donnent la descente de gradient sur le lot complet. Chaque époque mélange les points (selon la graine) et les découpe en lots.</translation>
    </message>
    <message>
        <source>&amp;Batch size</source>
        <translation>Taille de l&amp;ot</translation>
    </message>
    <message>
        <source>Seed</source>
        <extracomment>The random seed that shuffles the mini-batches</extracomment>
        <translation>Graine</translation>
    </message>
    <message>
        <source>The seed of the shuffles: the same seed gives the same run.</source>
        <translation>La graine des mélanges&#xa0;: la même graine donne le même parcours.</translation>
    </message>
    <message>
        <source>See&amp;d</source>
        <translation>&amp;Graine</translation>
    </message>
    <message>
        <source>▶ &amp;Play</source>
        <translation>▶ &amp;Lecture</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <extracomment>Button (a verb): take one update of the optimizer</extracomment>
        <translation>&amp;Un pas</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <extracomment>Button: put the line back at its start and clear the run</extracomment>
        <translation>&amp;Réinitialiser</translation>
    </message>
    <message>
        <source>Learning-rate &amp;schedule</source>
        <translation>Pla&amp;nification du taux</translation>
    </message>
    <message>
        <source>❚❚ &amp;Pause</source>
        <translation>❚❚ &amp;Pause</translation>
    </message>
    <message numerus="yes">
        <source>Your data (%n point(s))</source>
        <translation>
            <numerusform>Vos données (%n point)</numerusform>
            <numerusform>Vos données (%n points)</numerusform>
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
        <translation>saisissez une formule, p. ex. x^3 - 6x^2 + 9x + 1</translation>
    </message>
    <message>
        <source>Type a formula (x^2, 3x² − 12x, sin(x), e^x, sigmoid(w), …) and press Enter, or pick a preset</source>
        <translation>Saisissez une formule (x^2, 3x² − 12x, sin(x), e^x, sigmoid(w), …) et appuyez sur Entrée, ou choisissez un préréglage</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Formule</translation>
    </message>
    <message>
        <source>Derivative</source>
        <translation>Dérivée</translation>
    </message>
    <message>
        <source>Formula message</source>
        <translation>Message sur la formule</translation>
    </message>
    <message>
        <source>Press Enter to plot this formula</source>
        <translation>Appuyez sur Entrée pour tracer cette formule</translation>
    </message>
    <message>
        <source>%1 — still showing %2</source>
        <extracomment>%1 is why the typed formula cannot be plotted, %2 the formula the plot still shows (x³)</extracomment>
        <translation>%1 — %2 reste affichée</translation>
    </message>
</context>
<context>
    <name>gradlab::FunctionLesson</name>
    <message>
        <source>Change the function</source>
        <translation>Changer la fonction</translation>
    </message>
    <message>
        <source>--at needs one coordinate for this lesson, got %1</source>
        <translation>--at attend une seule coordonnée pour cette leçon (reçu&#xa0;: %1)</translation>
    </message>
    <message>
        <source>Move the point</source>
        <translation>Déplacer le point</translation>
    </message>
</context>
<context>
    <name>gradlab::GraphDiagram</name>
    <message>
        <source>%1 (input)</source>
        <extracomment>A node of the computation graph: the variable the gradient is taken for, &quot;w (input)&quot;</extracomment>
        <translation>%1 (entrée)</translation>
    </message>
    <message>
        <source>constant %1</source>
        <extracomment>A node of the computation graph holding a number of the formula, &quot;constant 3&quot;</extracomment>
        <translation>constante %1</translation>
    </message>
    <message>
        <source>Computation graph</source>
        <translation>Graphe de calcul</translation>
    </message>
    <message>
        <source>no grad</source>
        <translation>pas de grad</translation>
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
        <translation>valeur %1</translation>
    </message>
    <message>
        <source>This formula&apos;s graph has %1 operations, too many to draw legibly.
Try a shorter formula; the gradients below are still computed.</source>
        <translation>Le graphe de cette formule compte %1 opérations, trop pour être dessiné lisiblement.
Essayez une formule plus courte&#xa0;; les gradients ci-dessous sont tout de même calculés.</translation>
    </message>
</context>
<context>
    <name>gradlab::LearningRateFigure</name>
    <message>
        <source>Loss curve with the run</source>
        <translation>Courbe de perte et parcours</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>perte</translation>
    </message>
    <message>
        <source>steps</source>
        <extracomment>Legend entry: the points the descent steps visit (a noun)</extracomment>
        <translation>pas</translation>
    </message>
    <message>
        <source>start</source>
        <translation>départ</translation>
    </message>
    <message>
        <source>The run&apos;s coordinate per step</source>
        <translation>Coordonnée du parcours à chaque pas</translation>
    </message>
    <message>
        <source>Loss per step</source>
        <translation>Perte à chaque pas</translation>
    </message>
    <message>
        <source>step k</source>
        <extracomment>Axis labels: the step number k, and the loss above its minimum</extracomment>
        <translation>pas k</translation>
    </message>
    <message>
        <source>Final loss against learning rate</source>
        <translation>Perte finale selon le taux d’apprentissage</translation>
    </message>
    <message>
        <source>learning rate</source>
        <extracomment>Axis labels: the learning rate η, and the last loss of each run above the minimum</extracomment>
        <translation>taux d’apprentissage</translation>
    </message>
    <message>
        <source>Regime</source>
        <translation>Régime</translation>
    </message>
    <message>
        <source>Sweep legend</source>
        <translation>Légende du balayage</translation>
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
        <translation>L(%1ₖ) − plus petit L vu</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;%2&lt;/span&gt; &amp;nbsp; %3&lt;br&gt;%4</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;%2&lt;/span&gt; &#xa0; %3&lt;br&gt;%4</translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <translation>%1&#xa0;: %2. %3</translation>
    </message>
    <message>
        <source>: this run&apos;s rates run from %1 to %2, the last %3, so it is the rate of its later updates that decides.</source>
        <translation>&#xa0;: les taux de ce parcours vont de %1 à %2, le dernier valant %3, c’est donc le taux de ses dernières mises à jour qui décide.</translation>
    </message>
    <message>
        <source>With gradient noise (σ = %1) a run does not come to rest at a minimum: it keeps jittering about it, by less the smaller the rate.</source>
        <translation>Avec un bruit sur le gradient (σ = %1), un parcours ne s’immobilise pas en un minimum&#xa0;: il continue de s’agiter autour, d’autant moins que le taux est petit.</translation>
    </message>
    <message>
        <source>the %1 schedule</source>
        <translation>la planification %1</translation>
    </message>
    <message>
        <source>gradient noise σ = %1 (seed %2)</source>
        <translation>bruit du gradient σ = %1 (graine %2)</translation>
    </message>
    <message>
        <source>, with %1 as the run above</source>
        <translation>, avec %1 comme le parcours ci-dessus</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>Sweep running…</source>
        <translation>Balayage en cours…</translation>
    </message>
    <message>
        <source>base learning rate</source>
        <translation>taux d’apprentissage de base</translation>
    </message>
    <message>
        <source> (where it found none, from the lowest final loss of the sweep)</source>
        <translation> (s’il n’en trouve aucun, par rapport à la plus petite perte finale du balayage)</translation>
    </message>
    <message>
        <source>%1 (sweep running…)</source>
        <translation>%1 (balayage en cours…)</translation>
    </message>
    <message>
        <source>final loss − L(%1*)</source>
        <translation>perte finale − L(%1*)</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2, %n step(s)</source>
        <extracomment>the optimizer, its learning rate, and how many steps the run takes</extracomment>
        <translation>
            <numerusform>%1, %2, %n pas</numerusform>
            <numerusform>%1, %2, %n pas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each %1 is run from the same start%2 for up to %n step(s) (stopping early once |f′| falls below the tolerance); its final loss is measured from the minimum %3* that run approaches%4. Bands: %5</source>
        <translation>
            <numerusform>Chaque %1 est essayé depuis le même départ%2 pendant au plus %n pas (arrêt anticipé dès que |f′| passe sous la tolérance)&#xa0;; sa perte finale est mesurée par rapport au minimum %3* dont ce parcours s’approche%4. Bandes&#xa0;: %5</numerusform>
            <numerusform>Chaque %1 est essayé depuis le même départ%2 pendant au plus %n pas (arrêt anticipé dès que |f′| passe sous la tolérance)&#xa0;; sa perte finale est mesurée par rapport au minimum %3* dont ce parcours s’approche%4. Bandes&#xa0;: %5</numerusform>
        </translation>
    </message>
    <message>
        <source>L(wₖ) − Lₘᵢₙ</source>
        <translation>L(wₖ) − Lₘᵢₙ</translation>
    </message>
    <message>
        <source>final loss − Lₘᵢₙ</source>
        <translation>perte finale − Lₘᵢₙ</translation>
    </message>
    <message>
        <source>Plain descent can settle into the minimum at %1 = %2 only with a learning rate below 2/f″(%1*) = &lt;b&gt;%3&lt;/b&gt;.</source>
        <translation>La descente simple ne peut se stabiliser au minimum en %1 = %2 qu’avec un taux d’apprentissage inférieur à 2/f″(%1*) = &lt;b&gt;%3&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Plain descent can settle into the minimum at %1 = %2 only while its rate is below 2/f″(%1*) = &lt;b&gt;%3&lt;/b&gt;.</source>
        <translation>La descente simple ne peut se stabiliser au minimum en %1 = %2 que tant que son taux reste inférieur à 2/f″(%1*) = &lt;b&gt;%3&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>The %1 schedule changes the rate from update to update</source>
        <translation>La planification %1 modifie le taux d’une mise à jour à l’autre</translation>
    </message>
    <message>
        <source>Above it, r = 1 − η·f″(%1*) is below −1: each step lands farther out on the other side, so the run diverges.</source>
        <extracomment>r = 1 − η·f″ below −1: each step flips the sign of the error and makes it larger</extracomment>
        <translation>Au-delà, r = 1 − η·f″(%1*) est inférieur à −1&#xa0;: chaque pas atterrit plus loin de l’autre côté, donc le parcours diverge.</translation>
    </message>
    <message>
        <source>With momentum μ = %4, descent can settle into the minimum at %1 = %2 only while its rate is below 2(1+μ)/f″(%1*) = &lt;b&gt;%3&lt;/b&gt;: above it the swings grow from step to step and the run diverges. That is plain descent&apos;s limit, 2/f″(%1*) = %5, times 1 + μ.</source>
        <extracomment>%4 is the momentum μ; 2(1+μ)/f″ is the heavy ball&apos;s edge on a quadratic bowl</extracomment>
        <translation>Avec un momentum μ = %4, la descente ne peut se stabiliser au minimum en %1 = %2 que tant que son taux reste inférieur à 2(1+μ)/f″(%1*) = &lt;b&gt;%3&lt;/b&gt;&#xa0;: au-delà, les oscillations grandissent d’un pas à l’autre et le parcours diverge. C’est la limite de la descente simple, 2/f″(%1*) = %5, multipliée par 1 + μ.</translation>
    </message>
    <message>
        <source>With Nesterov momentum μ = %4, descent can settle into the minimum at %1 = %2 only while its rate is below 2(1+μ)/((1+2μ)f″(%1*)) = &lt;b&gt;%3&lt;/b&gt;: above it the swings grow from step to step and the run diverges. That is plain descent&apos;s limit, 2/f″(%1*) = %5, times (1 + μ)/(1 + 2μ).</source>
        <extracomment>%4 is the momentum μ; 2(1+μ)/((1+2μ)f″) is Nesterov&apos;s edge on a quadratic bowl</extracomment>
        <translation>Avec le momentum de Nesterov μ = %4, la descente ne peut se stabiliser au minimum en %1 = %2 que tant que son taux reste inférieur à 2(1+μ)/((1+2μ)f″(%1*)) = &lt;b&gt;%3&lt;/b&gt;&#xa0;: au-delà, les oscillations grandissent d’un pas à l’autre et le parcours diverge. C’est la limite de la descente simple, 2/f″(%1*) = %5, multipliée par (1 + μ)/(1 + 2μ).</translation>
    </message>
    <message>
        <source>Newton&apos;s method divides each step by f″, so near the minimum at %1 = %2 it settles for any rate below &lt;b&gt;2&lt;/b&gt;, whatever the curvature (plain descent&apos;s limit is 2/f″(%1*) = %3).</source>
        <translation>La méthode de Newton divise chaque pas par f″&#xa0;: près du minimum en %1 = %2, elle se stabilise pour tout taux inférieur à &lt;b&gt;2&lt;/b&gt;, quelle que soit la courbure (la limite de la descente simple est 2/f″(%1*) = %3).</translation>
    </message>
    <message>
        <source>%1 scales each step by the sizes of the gradients it has seen, so no limit on its rate follows from f″: the dashed line marks plain descent&apos;s 2/f″(%2*) = &lt;b&gt;%3&lt;/b&gt; for comparison, near the minimum at %2 = %4.</source>
        <extracomment>%1 is an optimizer&apos;s name (Adam, RMSprop, Adagrad)</extracomment>
        <translation>%1 met chaque pas à l’échelle des tailles des gradients déjà vus&#xa0;: aucune limite de son taux ne découle de f″. La ligne en tirets marque, pour comparaison, la limite 2/f″(%2*) = &lt;b&gt;%3&lt;/b&gt; de la descente simple, près du minimum en %2 = %4.</translation>
    </message>
    <message>
        <source>: this run&apos;s updates all had the rate %1 (it ended before the schedule changed it), so it is that rate that decides.</source>
        <translation>&#xa0;: toutes les mises à jour de ce parcours ont eu le taux %1 (il s’est terminé avant que le plan ne le change), c’est donc ce taux qui décide.</translation>
    </message>
</context>
<context>
    <name>gradlab::LearningRateLesson</name>
    <message>
        <source>plain descent&apos;s %1 = %2</source>
        <translation>%1 = %2 de la descente simple</translation>
    </message>
    <message>
        <source>Newton&apos;s edge η = %1</source>
        <translation>limite de Newton η = %1</translation>
    </message>
    <message>
        <source>Change the map&apos;s second axis</source>
        <translation>Modifier le second axe de la carte</translation>
    </message>
    <message>
        <source>Change the map&apos;s colour</source>
        <translation>Modifier la coloration de la carte</translation>
    </message>
    <message>
        <source>Show the stability map</source>
        <translation>Afficher la carte de stabilité</translation>
    </message>
    <message>
        <source>Show the run and the sweep</source>
        <translation>Afficher le parcours et le balayage</translation>
    </message>
    <message>
        <source>&quot;view&quot; must be %1 or %2, got %3</source>
        <translation>«&#xa0;view&#xa0;» doit valoir %1 ou %2 (reçu&#xa0;: %3)</translation>
    </message>
    <message>
        <source>--view must be %1 or %2 for this lesson, got &apos;%3&apos;</source>
        <translation>--view doit valoir %1 ou %2 pour cette leçon (reçu&#xa0;: «&#xa0;%3&#xa0;»)</translation>
    </message>
    <message>
        <source>sweep</source>
        <extracomment>What File → Export Table as CSV writes, shown in brackets after it</extracomment>
        <translation>balayage</translation>
    </message>
</context>
<context>
    <name>gradlab::LearningRatePlot</name>
    <message>
        <source>Learning rate per update</source>
        <translation>Taux d’apprentissage à chaque mise à jour</translation>
    </message>
    <message>
        <source>to come</source>
        <translation>à venir</translation>
    </message>
    <message>
        <source>taken</source>
        <translation>utilisé</translation>
    </message>
    <message>
        <source>update k</source>
        <translation>mise à jour k</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>taux d’apprentissage</translation>
    </message>
</context>
<context>
    <name>gradlab::LearningRateView</name>
    <message>
        <source>&amp;Run and sweep</source>
        <extracomment>Tab: one descent run, and the sweep over many learning rates</extracomment>
        <translation>&amp;Parcours et balayage</translation>
    </message>
    <message>
        <source>Stability &amp;map</source>
        <translation>&amp;Carte de stabilité</translation>
    </message>
    <message>
        <source>Learning rate (log scale)</source>
        <translation>Taux d’apprentissage (échelle log)</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Taux d’apprentissage</translation>
    </message>
    <message>
        <source>&amp;Learning rate</source>
        <translation>&amp;Taux d’apprentissage</translation>
    </message>
    <message>
        <source>Steps</source>
        <extracomment>The field for the most steps a run takes (a count)</extracomment>
        <translation>Nombre de pas</translation>
    </message>
    <message>
        <source>sweep %p%</source>
        <translation>balayage %p %</translation>
    </message>
    <message>
        <source>Base &amp;learning rate</source>
        <translation>Taux de &amp;base</translation>
    </message>
    <message>
        <source>Base learning rate (log scale)</source>
        <translation>Taux d’apprentissage de base (échelle log)</translation>
    </message>
    <message>
        <source>S&amp;teps</source>
        <translation>Pa&amp;s</translation>
    </message>
    <message>
        <source>T&amp;olerance</source>
        <translation>T&amp;olérance</translation>
    </message>
</context>
<context>
    <name>gradlab::Lesson</name>
    <message>
        <source>the %1 lesson has no script</source>
        <translation>la leçon %1 n’a pas de script</translation>
    </message>
</context>
<context>
    <name>gradlab::LessonView</name>
    <message>
        <source>Point x</source>
        <translation>Point x</translation>
    </message>
</context>
<context>
    <name>gradlab::MainWindow</name>
    <message>
        <source>pointer at %1 = %2, %3 = %4</source>
        <translation>pointeur en %1 = %2, %3 = %4</translation>
    </message>
    <message>
        <source>pointer at %1 = %2, height %3</source>
        <translation>pointeur en %1 = %2, hauteur %3</translation>
    </message>
    <message>
        <source>GradLab</source>
        <translation>GradLab</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Leçons</translation>
    </message>
    <message>
        <source>Show &amp;Code</source>
        <translation>Afficher le &amp;code</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>The Python (NumPy or PyTorch) script that recomputes this lesson (Ctrl+Shift+P)</source>
        <translation>Le script Python (NumPy ou PyTorch) qui recalcule cette leçon (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Show Code</source>
        <translation>Afficher le code</translation>
    </message>
    <message>
        <source>Hide Code</source>
        <translation>Masquer le code</translation>
    </message>
    <message>
        <source>Drag to turn the surface; scroll to zoom.</source>
        <translation>Faites glisser pour tourner la surface&#xa0;; la molette zoome.</translation>
    </message>
    <message>
        <source>pointer at %1 = %2</source>
        <translation>pointeur en %1 = %2</translation>
    </message>
    <message>
        <source>Drag a point to move it; scroll to zoom, drag the background to pan.</source>
        <translation>Faites glisser un point pour le déplacer&#xa0;; la molette zoome, glisser le fond déplace la vue.</translation>
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
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir %1</translation>
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
        <translation>Ctrl+0</translation>
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
        <translation>S&amp;ombre</translation>
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
        <translation>Aid&amp;e</translation>
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
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>&lt;table cellpadding=&apos;3&apos;&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt; / &lt;b&gt;%2&lt;/b&gt;&lt;/td&gt;&lt;td&gt;move between controls and plots&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;←&lt;/b&gt; &lt;b&gt;→&lt;/b&gt; (&lt;b&gt;↑&lt;/b&gt; &lt;b&gt;↓&lt;/b&gt; on maps)&lt;/td&gt;&lt;td&gt;move the point of the focused plot by 1% of the view&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;←&lt;/b&gt; &lt;b&gt;→&lt;/b&gt;, &lt;b&gt;%3&lt;/b&gt; with a step inspected&lt;/td&gt;&lt;td&gt;the step before, the step after; close the step inspector (lessons 7 and 9)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;%4&lt;/b&gt; + arrow&lt;/td&gt;&lt;td&gt;a step ten times smaller&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;%5&lt;/b&gt; + arrow&lt;/td&gt;&lt;td&gt;a step ten times larger&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;%6&lt;/b&gt;&lt;/td&gt;&lt;td&gt;play / pause (Animate, Play; Backward in Autograd)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;%7&lt;/b&gt;&lt;/td&gt;&lt;td&gt;export the figure (PNG, PDF, SVG)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;%8&lt;/b&gt;&lt;/td&gt;&lt;td&gt;copy the figure to the clipboard&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;%9&lt;/b&gt;&lt;/td&gt;&lt;td&gt;export the lesson&apos;s table as CSV&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;%10&lt;/b&gt; / &lt;b&gt;%11&lt;/b&gt;&lt;/td&gt;&lt;td&gt;undo / redo&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;%12&lt;/b&gt;, &lt;b&gt;%13&lt;/b&gt;, &lt;b&gt;%14&lt;/b&gt;&lt;/td&gt;&lt;td&gt;new, open, save a lesson file&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;%15&lt;/b&gt;&lt;/td&gt;&lt;td&gt;reset the view&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;%16&lt;/b&gt;&lt;/td&gt;&lt;td&gt;show or hide the lesson&apos;s Python code&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;%17&lt;/b&gt;&lt;/td&gt;&lt;td&gt;quit&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;mouse wheel, drag on the background&lt;/td&gt;&lt;td&gt;zoom, pan&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <extracomment>%1 … %17 are key names filled in by Qt in the interface&apos;s language (Tab, Shift+Tab, Esc, Shift, Ctrl, Space, Ctrl+E, Ctrl+Shift+C, Ctrl+Shift+E, Ctrl+Z, Ctrl+Shift+Z, Ctrl+N, Ctrl+O, Ctrl+S, Ctrl+0, Ctrl+Shift+P, Ctrl+Q): keep each in its row</extracomment>
        <translation>&lt;table cellpadding=&apos;3&apos;&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt; / &lt;b&gt;%2&lt;/b&gt;&lt;/td&gt;&lt;td&gt;passer d’un contrôle ou d’un graphique à l’autre&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;←&lt;/b&gt; &lt;b&gt;→&lt;/b&gt; (&lt;b&gt;↑&lt;/b&gt; &lt;b&gt;↓&lt;/b&gt; sur les cartes)&lt;/td&gt;&lt;td&gt;déplacer le point du graphique actif de 1 % de la vue&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;←&lt;/b&gt; &lt;b&gt;→&lt;/b&gt;, &lt;b&gt;%3&lt;/b&gt; avec un pas inspecté&lt;/td&gt;&lt;td&gt;le pas précédent, le pas suivant&#xa0;; fermer l’inspecteur de pas (leçons 7 et 9)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;%4&lt;/b&gt; + flèche&lt;/td&gt;&lt;td&gt;un déplacement dix fois plus petit&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;%5&lt;/b&gt; + flèche&lt;/td&gt;&lt;td&gt;un déplacement dix fois plus grand&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;%6&lt;/b&gt;&lt;/td&gt;&lt;td&gt;lecture / pause (Animer, Lecture&#xa0;; Arrière dans Autograd)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;%7&lt;/b&gt;&lt;/td&gt;&lt;td&gt;exporter la figure (PNG, PDF, SVG)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;%8&lt;/b&gt;&lt;/td&gt;&lt;td&gt;copier la figure dans le presse-papiers&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;%9&lt;/b&gt;&lt;/td&gt;&lt;td&gt;exporter le tableau de la leçon en CSV&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;%10&lt;/b&gt; / &lt;b&gt;%11&lt;/b&gt;&lt;/td&gt;&lt;td&gt;annuler / rétablir&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;%12&lt;/b&gt;, &lt;b&gt;%13&lt;/b&gt;, &lt;b&gt;%14&lt;/b&gt;&lt;/td&gt;&lt;td&gt;nouveau, ouvrir, enregistrer un fichier de leçon&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;%15&lt;/b&gt;&lt;/td&gt;&lt;td&gt;réinitialiser la vue&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;%16&lt;/b&gt;&lt;/td&gt;&lt;td&gt;afficher ou masquer le code Python de la leçon&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;%17&lt;/b&gt;&lt;/td&gt;&lt;td&gt;quitter&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;molette de la souris, glisser sur le fond&lt;/td&gt;&lt;td&gt;zoomer, déplacer la vue&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>About GradLab</source>
        <translation>À propos de GradLab</translation>
    </message>
    <message>
        <source>&lt;h3&gt;GradLab %1&lt;/h3&gt;&lt;p&gt;See derivatives and gradient descent: slopes, secants, tangents, gradients and optimizers, with every number computed exactly.&lt;/p&gt;&lt;p&gt;Copyright © 2026 the GradLab developers.&lt;/p&gt;&lt;p&gt;GradLab is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version. It is distributed WITHOUT ANY WARRANTY; see the GNU General Public License for details.&lt;/p&gt;&lt;p&gt;Built with Qt, QCustomPlot (GPL-3) and Eigen.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;GradLab %1&lt;/h3&gt;&lt;p&gt;Voir les dérivées et la descente de gradient&#xa0;: pentes, sécantes, tangentes, gradients et optimiseurs, chaque nombre étant calculé exactement.&lt;/p&gt;&lt;p&gt;Copyright © 2026 les développeurs de GradLab.&lt;/p&gt;&lt;p&gt;GradLab est un logiciel libre&#xa0;: vous pouvez le redistribuer et/ou le modifier selon les termes de la Licence publique générale GNU telle que publiée par la Free Software Foundation, soit la version 3 de la Licence, soit (à votre choix) toute version ultérieure. Il est distribué SANS AUCUNE GARANTIE&#xa0;; consultez la Licence publique générale GNU pour plus de détails.&lt;/p&gt;&lt;p&gt;Réalisé avec Qt, QCustomPlot (GPL-3) et Eigen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>Contraste &amp;élevé</translation>
    </message>
    <message>
        <source>&amp;Text Size</source>
        <translation>&amp;Taille du texte</translation>
    </message>
    <message>
        <source>&amp;Smaller</source>
        <translation>Plus &amp;petit</translation>
    </message>
    <message>
        <source>&amp;Normal</source>
        <translation>&amp;Normal</translation>
    </message>
    <message>
        <source>&amp;Larger</source>
        <translation>Plus &amp;grand</translation>
    </message>
    <message>
        <source>L&amp;argest</source>
        <translation>&amp;Très grand</translation>
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
        <translation>Bruit du gradient σ</translation>
    </message>
    <message>
        <source>The standard deviation of the Gaussian noise added to each gradient (0: none). Enter takes it; Up and Down step it.</source>
        <translation>L’écart-type du bruit gaussien ajouté à chaque gradient (0&#xa0;: aucun). Entrée valide la valeur&#xa0;; les flèches Haut et Bas la modifient par pas.</translation>
    </message>
    <message>
        <source>Noise seed</source>
        <translation>Graine du bruit</translation>
    </message>
    <message>
        <source>The noise is drawn from this seed: the same seed gives the same run.</source>
        <translation>Le bruit est tiré à partir de cette graine&#xa0;: la même graine donne le même parcours.</translation>
    </message>
    <message>
        <source>Noise &amp;σ</source>
        <translation>Bruit &amp;σ</translation>
    </message>
    <message>
        <source>s&amp;eed</source>
        <translation>gr&amp;aine</translation>
    </message>
    <message>
        <source>Adds Gaussian noise of standard deviation σ to each gradient; the same seed gives the same run.</source>
        <translation>Ajoute un bruit gaussien d’écart-type σ à chaque gradient&#xa0;; la même graine donne le même parcours.</translation>
    </message>
    <message>
        <source>%1; kept %2.</source>
        <translation>%1&#xa0;; valeur conservée&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>gradlab::NumericFigure</name>
    <message>
        <source>Curve</source>
        <translation>Courbe</translation>
    </message>
    <message>
        <source>f</source>
        <translation>f</translation>
    </message>
    <message>
        <source>point</source>
        <translation>point</translation>
    </message>
    <message>
        <source>Error of finite differences against h</source>
        <translation>Erreur des différences finies selon h</translation>
    </message>
    <message>
        <source>step h</source>
        <extracomment>Axis labels: the step size h of a difference quotient (a length, not an iteration), and its error</extracomment>
        <translation>pas h</translation>
    </message>
    <message>
        <source>|error| of the difference quotient</source>
        <translation>|erreur| du taux d’accroissement</translation>
    </message>
    <message>
        <source>∝ h (slope 1)</source>
        <translation>∝ h (pente 1)</translation>
    </message>
    <message>
        <source>∝ h² (slope 2)</source>
        <translation>∝ h² (pente 2)</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;■&lt;/span&gt; %2: </source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;■&lt;/span&gt; %2&#xa0;: </translation>
    </message>
    <message>
        <source>no error to measure (the quotient is undefined)</source>
        <translation>pas d’erreur à mesurer (le taux d’accroissement n’est pas défini)</translation>
    </message>
    <message>
        <source>no truncation error here: any h gives the exact slope up to round-off; smaller h only adds round-off</source>
        <translation>pas d’erreur de troncature ici&#xa0;: tout h donne la pente exacte aux arrondis près&#xa0;; un h plus petit ne fait qu’ajouter de l’erreur d’arrondi</translation>
    </message>
    <message>
        <source> (smallest typical error &lt;b&gt;%1&lt;/b&gt;, for h in %2 … %3)</source>
        <translation> (plus petite erreur typique &lt;b&gt;%1&lt;/b&gt;, pour h dans %2 … %3)</translation>
    </message>
    <message>
        <source>the error does not shrink with h (slope %1): the quotient does not approach f′ here</source>
        <translation>l’erreur ne diminue pas avec h (pente %1)&#xa0;: le taux d’accroissement ne tend pas vers f′ ici</translation>
    </message>
    <message>
        <source>truncation error falls with slope %1</source>
        <translation>l’erreur de troncature décroît avec une pente %1</translation>
    </message>
    <message>
        <source>; typical error &lt;b&gt;0&lt;/b&gt; (the quotient is exact to the last bit) for h in %1 … %2</source>
        <translation>&#xa0;; erreur typique &lt;b&gt;0&lt;/b&gt; (le taux d’accroissement est exact au dernier bit près) pour h dans %1 … %2</translation>
    </message>
    <message>
        <source>; best h ≈ &lt;b&gt;%1&lt;/b&gt; (band %2 … %3), typical error &lt;b&gt;%4&lt;/b&gt;</source>
        <translation>&#xa0;; meilleur h ≈ &lt;b&gt;%1&lt;/b&gt; (bande %2 … %3), erreur typique &lt;b&gt;%4&lt;/b&gt;</translation>
    </message>
    <message>
        <source>At %1 = %2 the exact derivative (from the symbolic f′) %3.</source>
        <translation>En %1 = %2, la dérivée exacte (d’après f′ symbolique) %3.</translation>
    </message>
    <message>
        <source>is %1</source>
        <translation>vaut %1</translation>
    </message>
    <message>
        <source> f is not defined at %1 = %2, so neither is its derivative.</source>
        <translation> f n’est pas définie en %1 = %2, sa dérivée non plus.</translation>
    </message>
    <message>
        <source> There is no exact value to measure the error of the difference quotients against.</source>
        <translation> Il n’y a pas de valeur exacte à laquelle comparer les taux d’accroissement pour en mesurer l’erreur.</translation>
    </message>
    <message>
        <source> As h shrinks, truncation error falls (its slope on these axes is measured between h = 10⁻² and 10⁻³)</source>
        <translation> Quand h diminue, l’erreur de troncature décroît (sa pente sur ces axes est mesurée entre h = 10⁻² et 10⁻³)</translation>
    </message>
    <message>
        <source> all the way down: round-off in the values of f stays below it at every h shown, so the error does not rise again.</source>
        <translation> jusqu’au bout&#xa0;: l’erreur d’arrondi sur les valeurs de f reste en dessous pour tous les h affichés, donc l’erreur ne remonte pas.</translation>
    </message>
    <message>
        <source>; at smaller h (left of the band), round-off in the values of f takes over and the error rises again.</source>
        <translation>&#xa0;; pour des h plus petits (à gauche de la bande), l’erreur d’arrondi sur les valeurs de f prend le dessus et l’erreur remonte.</translation>
    </message>
    <message>
        <source>; for %1, at smaller h (left of the band), round-off in the values of f takes over and the error rises again.</source>
        <translation>&#xa0;; pour les différences %1, à des h plus petits (à gauche de la bande), l’erreur d’arrondi sur les valeurs de f prend le dessus et l’erreur remonte.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source> No scheme has a truncation error here: what remains is round-off in the values of f, and it grows as h shrinks.</source>
        <translation> Aucun schéma n’a d’erreur de troncature ici&#xa0;: il ne reste que l’erreur d’arrondi sur les valeurs de f, qui croît quand h diminue.</translation>
    </message>
    <message>
        <source>forward</source>
        <translation>avant</translation>
    </message>
    <message>
        <source>backward</source>
        <translation>arrière</translation>
    </message>
    <message>
        <source>central</source>
        <translation>centrée</translation>
    </message>
    <message>
        <source> Typical error at h: the median |error| from h/√10 to h·√10 (half a decade either side), what a repeat measurement near that h finds. Best h: where it is smallest; the band: the h around best h where it stays within 2× of that smallest value (so the band need not be centred on best h).</source>
        <translation> Erreur typique en h&#xa0;: la médiane de |erreur| de h/√10 à h·√10 (une demi-décade de part et d’autre), ce que trouverait une mesure répétée près de ce h. Meilleur h&#xa0;: là où elle est la plus petite&#xa0;; la bande&#xa0;: les h autour du meilleur h où elle reste à moins de 2× cette plus petite valeur (la bande n’est donc pas forcément centrée sur le meilleur h).</translation>
    </message>
</context>
<context>
    <name>gradlab::NumericView</name>
    <message>
        <source>&amp;Point at</source>
        <translation>Au &amp;point</translation>
    </message>
</context>
<context>
    <name>gradlab::OptimizerBox</name>
    <message>
        <source>Optimizer</source>
        <translation>Optimiseur</translation>
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
        <translation>À saisir ainsi&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>gradlab::RaceFigure</name>
    <message>
        <source>Contour map with the optimizers&apos; paths</source>
        <translation>Lignes de niveau et trajectoires des optimiseurs</translation>
    </message>
    <message>
        <source>step</source>
        <translation>pas</translation>
    </message>
    <message>
        <source>|∇f|</source>
        <translation>|∇f|</translation>
    </message>
    <message>
        <source>start</source>
        <translation>départ</translation>
    </message>
    <message>
        <source>f − f*,  f* %1 %2</source>
        <translation>f − f*,  f* %1 %2</translation>
    </message>
    <message>
        <source>f − best seen</source>
        <translation>f − meilleur vu</translation>
    </message>
    <message>
        <source>base lr</source>
        <translation>taux de base</translation>
    </message>
    <message>
        <source>lr</source>
        <translation>taux</translation>
    </message>
    <message>
        <source>the %1 schedule</source>
        <translation>la planification %1</translation>
    </message>
    <message>
        <source>gradient noise σ = %1 (seed %2)</source>
        <translation>bruit du gradient σ = %1 (graine %2)</translation>
    </message>
    <message>
        <source>Every optimizer runs with %1.</source>
        <translation>Chaque optimiseur tourne avec %1.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
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
        <translation>Afficher l’état de l’optimiseur</translation>
    </message>
    <message>
        <source>Hide the optimizer state</source>
        <translation>Masquer l’état de l’optimiseur</translation>
    </message>
    <message>
        <source>Change the optimizer settings</source>
        <translation>Modifier les réglages de l’optimiseur</translation>
    </message>
    <message>
        <source>Change the number of steps</source>
        <translation>Modifier le nombre de pas</translation>
    </message>
    <message>
        <source>Change the learning-rate schedule</source>
        <translation>Modifier la planification du taux d’apprentissage</translation>
    </message>
    <message>
        <source>Change the gradient noise</source>
        <translation>Modifier le bruit du gradient</translation>
    </message>
    <message>
        <source>Change the noise seed</source>
        <translation>Modifier la graine du bruit</translation>
    </message>
    <message>
        <source>Change the speed</source>
        <translation>Modifier la vitesse</translation>
    </message>
    <message>
        <source>&quot;secondRate&quot; must be 0 (none) or a positive number, got %1</source>
        <translation>«&#xa0;secondRate&#xa0;» doit valoir 0 (aucun) ou un nombre positif (reçu&#xa0;: %1)</translation>
    </message>
    <message>
        <source>--start needs two coordinates for this lesson (A,B), got %1</source>
        <translation>--start attend deux coordonnées pour cette leçon, A,B (reçu&#xa0;: %1)</translation>
    </message>
    <message>
        <source>--optimizer: unknown optimizer &apos;%1&apos; (choose one of %2)</source>
        <translation>--optimizer&#xa0;: optimiseur inconnu «&#xa0;%1&#xa0;» (choisissez parmi %2)</translation>
    </message>
    <message>
        <source>--optimizer: &apos;%1&apos; is listed more than twice (an optimizer races itself at most once, at a second learning rate)</source>
        <translation>--optimizer&#xa0;: «&#xa0;%1&#xa0;» figure plus de deux fois (un optimiseur ne court contre lui-même qu’une fois, avec un second taux d’apprentissage)</translation>
    </message>
    <message>
        <source>--lr takes one rate for all optimizers or one per optimizer (%1), got %2</source>
        <translation>--lr attend un taux pour tous les optimiseurs ou un par optimiseur (%1) (reçu&#xa0;: %2)</translation>
    </message>
    <message>
        <source>Map another optimizer</source>
        <translation>Cartographier un autre optimiseur</translation>
    </message>
    <message>
        <source>Change the map&apos;s second axis</source>
        <translation>Modifier le second axe de la carte</translation>
    </message>
    <message>
        <source>Change the map&apos;s colour</source>
        <translation>Modifier la coloration de la carte</translation>
    </message>
    <message>
        <source>Show the stability map</source>
        <translation>Afficher la carte de stabilité</translation>
    </message>
    <message>
        <source>Show the race</source>
        <translation>Afficher la course</translation>
    </message>
    <message>
        <source>&quot;view&quot; must be race or map, got %1</source>
        <translation>«&#xa0;view&#xa0;» doit valoir race ou map (reçu&#xa0;: %1)</translation>
    </message>
    <message>
        <source>--view must be race or map for this lesson, got &apos;%1&apos;</source>
        <translation>--view doit valoir race ou map pour cette leçon (reçu&#xa0;: «&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <source>trajectories</source>
        <extracomment>What File → Export Table as CSV writes, shown in brackets after it</extracomment>
        <translation>trajectoires</translation>
    </message>
</context>
<context>
    <name>gradlab::RaceTuner</name>
    <message>
        <source>Tune the learning rates</source>
        <translation>Régler les taux d’apprentissage</translation>
    </message>
    <message>
        <source>%1: every rate diverged, η = %2 kept</source>
        <translation>%1&#xa0;: tous les taux ont divergé, η = %2 conservé</translation>
    </message>
    <message>
        <source>%1: η = %2 (final loss %3)</source>
        <translation>%1&#xa0;: η = %2 (perte finale %3)</translation>
    </message>
    <message>
        <source>the best final loss among the rates that converged and whose next larger rate did not diverge</source>
        <translation>la meilleure perte finale parmi les taux qui ont convergé et dont le taux immédiatement supérieur n’a pas divergé</translation>
    </message>
    <message>
        <source>no rate had a next larger rate that did not diverge, so this is only the best final loss of the runs that did not diverge: it may sit at the edge of divergence</source>
        <translation>aucun taux n’avait de taux immédiatement supérieur qui n’ait pas divergé&#xa0;: ce n’est donc que la meilleure perte finale des parcours qui n’ont pas divergé, et elle peut se trouver à la limite de la divergence</translation>
    </message>
    <message>
        <source>, one grid step below the first rate that diverged (%1)</source>
        <translation>, un cran de la grille sous le premier taux qui a divergé (%1)</translation>
    </message>
    <message>
        <source>, %1 grid steps below the first rate that diverged (%2)</source>
        <translation>, %1 crans de la grille sous le premier taux qui a divergé (%2)</translation>
    </message>
    <message>
        <source>, and no larger rate tried diverged</source>
        <translation>, et aucun des taux plus grands essayés n’a divergé</translation>
    </message>
    <message numerus="yes">
        <source>η = %1 converged in %n step(s) but was left out, as no larger rate vouches for it (the next one diverged or was not tried); this is the best final loss among the rates that did not diverge and whose next larger rate did not diverge either</source>
        <translation>
            <numerusform>η = %1 a convergé en %n pas mais a été écarté, car aucun taux plus grand ne le confirme (le suivant a divergé ou n’a pas été essayé)&#xa0;; voici la meilleure perte finale parmi les taux qui n’ont pas divergé et dont le taux immédiatement supérieur n’a pas divergé non plus</numerusform>
            <numerusform>η = %1 a convergé en %n pas mais a été écarté, car aucun taux plus grand ne le confirme (le suivant a divergé ou n’a pas été essayé)&#xa0;; voici la meilleure perte finale parmi les taux qui n’ont pas divergé et dont le taux immédiatement supérieur n’a pas divergé non plus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no rate converged in %n step(s); the best final loss among the rates that did not diverge and whose next larger rate did not diverge either</source>
        <translation>
            <numerusform>aucun taux n’a convergé en %n pas&#xa0;; la meilleure perte finale parmi les taux qui n’ont pas divergé et dont le taux immédiatement supérieur n’a pas divergé non plus</numerusform>
            <numerusform>aucun taux n’a convergé en %n pas&#xa0;; la meilleure perte finale parmi les taux qui n’ont pas divergé et dont le taux immédiatement supérieur n’a pas divergé non plus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gradlab::RaceView</name>
    <message>
        <source>optimizer</source>
        <extracomment>Column titles of the optimizers&apos; table: a translation may break a long title onto two lines (
)</extracomment>
        <translation>optimiseur</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>taux
d’apprentissage</translation>
    </message>
    <message>
        <source>2nd run&apos;s rate</source>
        <translation>taux du
second parcours</translation>
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
        <translation>Saisissez un second taux d’apprentissage pour faire courir cet optimiseur contre lui-même (en pointillés)&#xa0;; effacez-le pour supprimer le second parcours.</translation>
    </message>
    <message>
        <source>Optimizers and their hyperparameters</source>
        <translation>Optimiseurs et leurs hyperparamètres</translation>
    </message>
    <message>
        <source>▶ &amp;Play</source>
        <translation>▶ &amp;Lecture</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <extracomment>Button (a verb): move every optimizer one step</extracomment>
        <translation>&amp;Un pas</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <extracomment>Button: put every optimizer back at the start point</extracomment>
        <translation>&amp;Réinitialiser</translation>
    </message>
    <message>
        <source>Speed (steps per frame)</source>
        <translation>Vitesse (pas par image)</translation>
    </message>
    <message>
        <source>Speed</source>
        <extracomment>Label of the animation speed (steps per second while playing)</extracomment>
        <translation>Vitesse</translation>
    </message>
    <message>
        <source>Sho&amp;w optimizer state</source>
        <translation>État de l’opti&amp;miseur</translation>
    </message>
    <message>
        <source>Draw each optimizer&apos;s state at its steps: the velocity, Adam&apos;s smoothed gradient against the raw gradient, and the update each adaptive step took per coordinate</source>
        <translation>Tracer l’état de chaque optimiseur à ses pas&#xa0;: la vitesse, le gradient lissé d’Adam face au gradient brut, et la mise à jour effectuée par chaque pas adaptatif, coordonnée par coordonnée</translation>
    </message>
    <message>
        <source>T&amp;une</source>
        <extracomment>Button: choose a learning rate for each optimizer (tuning a hyperparameter)</extracomment>
        <translation>Ré&amp;gler</translation>
    </message>
    <message>
        <source>Give each optimizer a learning rate for this function, start and number of steps (%1 rates from %2 to %3): the lowest final loss among the rates that converged and whose next larger rate did not diverge, so that the pick keeps a margin from divergence; a diverging run never wins. Second runs keep their rates.</source>
        <translation>Donner à chaque optimiseur un taux d’apprentissage pour cette fonction, ce départ et ce nombre de pas (%1 taux de %2 à %3)&#xa0;: celui de plus petite perte finale parmi les taux qui ont convergé et dont le taux immédiatement supérieur n’a pas divergé, pour que le choix garde une marge avant la divergence&#xa0;; un parcours divergent ne gagne jamais. Les seconds parcours gardent leurs taux.</translation>
    </message>
    <message>
        <source>Start:</source>
        <extracomment>Label of the start point&apos;s x and y fields (a noun), not &quot;begin&quot;</extracomment>
        <translation>Départ&#xa0;:</translation>
    </message>
    <message>
        <source>Click the map, drag the orange point or type the start.</source>
        <translation>Cliquez sur la carte, faites glisser le point orange ou saisissez le départ.</translation>
    </message>
    <message>
        <source>× base rate</source>
        <translation>× taux de base</translation>
    </message>
    <message>
        <source>❚❚ &amp;Pause</source>
        <translation>❚❚ &amp;Pause</translation>
    </message>
    <message>
        <source>Tuning…</source>
        <translation>Réglage…</translation>
    </message>
    <message>
        <source>Tuning: sweeping each optimizer over %1 learning rates… %2% done</source>
        <translation>Réglage&#xa0;: balayage de chaque optimiseur sur %1 taux d’apprentissage… %2 % effectués</translation>
    </message>
    <message>
        <source>%1, second rate</source>
        <translation>%1, second taux</translation>
    </message>
    <message>
        <source>base learning rate</source>
        <translation>taux d’apprentissage
de base</translation>
    </message>
    <message>
        <source>Optimizer on the map</source>
        <translation>Optimiseur sur la carte</translation>
    </message>
    <message>
        <source>Which of the racing optimizers the map shows</source>
        <translation>L’optimiseur de la course que montre la carte</translation>
    </message>
    <message>
        <source>&amp;Optimizer</source>
        <translation>&amp;Optimiseur</translation>
    </message>
    <message>
        <source>R&amp;ace</source>
        <translation>&amp;Course</translation>
    </message>
    <message>
        <source>Stability &amp;map</source>
        <translation>Carte de &amp;stabilité</translation>
    </message>
    <message numerus="yes">
        <source>Tuned for this function, start and %n step(s) over %1 rates from %2 to %3. %4.</source>
        <translation>
            <numerusform>Réglé pour cette fonction, ce départ et %n pas, sur %1 taux de %2 à %3. %4.</numerusform>
            <numerusform>Réglé pour cette fonction, ce départ et %n pas, sur %1 taux de %2 à %3. %4.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gradlab::ScheduleBox</name>
    <message>
        <source>Step size</source>
        <extracomment>StepLR&apos;s step_size: how many updates between two multiplications of the rate</extracomment>
        <translation>Période</translation>
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
        <translation>T_max avec l’échauffement</translation>
    </message>
    <message>
        <source>t-max: the updates the warm-up and the cosine take together, until the rate reaches η_min (torch&apos;s CosineAnnealingLR is given T_max − warm-up)</source>
        <translation>t-max&#xa0;: le nombre de mises à jour de l’échauffement et du cosinus ensemble, jusqu’à ce que le taux atteigne η_min (le CosineAnnealingLR de torch reçoit T_max − échauffement)</translation>
    </message>
    <message>
        <source>η_min</source>
        <translation>η_min</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>Échauffement</translation>
    </message>
    <message>
        <source>Start factor</source>
        <extracomment>LinearLR&apos;s start_factor: the warm-up starts at this multiple of the learning rate</extracomment>
        <translation>Facteur initial</translation>
    </message>
    <message>
        <source>Learning-rate schedule</source>
        <translation>Planification du taux d’apprentissage</translation>
    </message>
    <message>
        <source>How the learning rate changes from update to update, as torch.optim.lr_scheduler does with scheduler.step() after each optimizer.step()</source>
        <translation>Comment le taux d’apprentissage change d’une mise à jour à l’autre, comme le fait torch.optim.lr_scheduler avec scheduler.step() après chaque optimizer.step()</translation>
    </message>
    <message>
        <source>step-size: the rate is multiplied by γ every this many updates (a whole number, at least 1)</source>
        <translation>step-size&#xa0;: le nombre de mises à jour entre deux multiplications du taux par γ (un nombre entier, au moins 1)</translation>
    </message>
    <message>
        <source>gamma: the factor the rate is multiplied by (greater than 0, at most 1)</source>
        <translation>gamma&#xa0;: le facteur par lequel le taux est multiplié (supérieur à 0, au plus 1)</translation>
    </message>
    <message>
        <source>t-max: the updates the cosine takes to fall from the base rate to η_min (a whole number)</source>
        <translation>t-max&#xa0;: le nombre de mises à jour que met le cosinus pour descendre du taux de base à η_min (un nombre entier)</translation>
    </message>
    <message>
        <source>eta-min: the lowest rate the cosine reaches (0 or more)</source>
        <translation>eta-min&#xa0;: le taux le plus bas qu’atteint le cosinus (0 ou plus)</translation>
    </message>
    <message>
        <source>warmup: the updates of linear warm-up before the cosine (at least 1, less than T_max)</source>
        <translation>warmup&#xa0;: le nombre de mises à jour d’échauffement linéaire avant le cosinus (au moins 1, moins que T_max)</translation>
    </message>
    <message>
        <source>start-factor: the first update&apos;s rate is this × the base rate (greater than 0, at most 1)</source>
        <translation>start-factor&#xa0;: le taux de la première mise à jour vaut ce facteur × le taux de base (supérieur à 0, au plus 1)</translation>
    </message>
    <message>
        <source>updates</source>
        <translation>mises à jour</translation>
    </message>
    <message>
        <source>Every update uses the learning rate.</source>
        <translation>Chaque mise à jour utilise le taux d’apprentissage.</translation>
    </message>
    <message>
        <source>The rate is multiplied by %1 after every update (torch: ExponentialLR).</source>
        <translation>Le taux est multiplié par %1 après chaque mise à jour (torch&#xa0;: ExponentialLR).</translation>
    </message>
    <message>
        <source>%1 must be a whole number, got %2</source>
        <translation>%1 doit être un nombre entier (reçu&#xa0;: %2)</translation>
    </message>
    <message>
        <source>%1; kept %2.</source>
        <translation>%1&#xa0;; valeur conservée&#xa0;: %2.</translation>
    </message>
    <message numerus="yes">
        <source>The rate is multiplied by %1 every %n update(s) (torch: StepLR).</source>
        <translation>
            <numerusform>Le taux est multiplié par %1 à chaque mise à jour (torch&#xa0;: StepLR).</numerusform>
            <numerusform>Le taux est multiplié par %1 toutes les %n mises à jour (torch&#xa0;: StepLR).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The rate falls along half a cosine from the learning rate to %1 over %n update(s), then climbs back and falls again if the run goes on (torch: CosineAnnealingLR).</source>
        <translation>
            <numerusform>Le taux descend le long d’une demi-période de cosinus, du taux d’apprentissage à %1 en %n mise à jour, puis remonte et redescend si le parcours continue (torch&#xa0;: CosineAnnealingLR).</numerusform>
            <numerusform>Le taux descend le long d’une demi-période de cosinus, du taux d’apprentissage à %1 en %n mises à jour, puis remonte et redescend si le parcours continue (torch&#xa0;: CosineAnnealingLR).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The rate climbs in a straight line from %1 × the learning rate over %n update(s), then falls along a cosine to %2 by update %3, and climbs back if the run goes on (torch: LinearLR, then CosineAnnealingLR).</source>
        <translation>
            <numerusform>Le taux monte en ligne droite depuis %1 × le taux d’apprentissage en %n mise à jour, puis descend le long d’un cosinus jusqu’à %2 à la mise à jour %3, et remonte si le parcours continue (torch&#xa0;: LinearLR, puis CosineAnnealingLR).</numerusform>
            <numerusform>Le taux monte en ligne droite depuis %1 × le taux d’apprentissage en %n mises à jour, puis descend le long d’un cosinus jusqu’à %2 à la mise à jour %3, et remonte si le parcours continue (torch&#xa0;: LinearLR, puis CosineAnnealingLR).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gradlab::SchedulePanel</name>
    <message>
        <source>Schedule &amp;&amp; noise</source>
        <translation>Planification et bruit</translation>
    </message>
    <message>
        <source>Learning-rate schedule and gradient noise</source>
        <translation>Planification du taux d’apprentissage et bruit du gradient</translation>
    </message>
</context>
<context>
    <name>gradlab::SecantFigure</name>
    <message>
        <source>Secant and tangent</source>
        <translation>Sécante et tangente</translation>
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
        <translation>Pentes</translation>
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
        <translation>erreur</translation>
    </message>
    <message>
        <source>Limit table</source>
        <translation>Tableau de la limite</translation>
    </message>
    <message>
        <source>&lt;b&gt;The limit table&lt;/b&gt;: as h shrinks, Δy/run approaches f′(a)</source>
        <translation>&lt;b&gt;Le tableau de la limite&lt;/b&gt;&#xa0;: quand h diminue, Δy/h tend vers f′(a)</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;left secant slope &lt;b&gt;%2&lt;/b&gt;&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;color:%3&apos;&gt;right secant slope &lt;b&gt;%4&lt;/b&gt;&lt;/span&gt; &amp;nbsp; Δ%5 = &lt;b&gt;%6&lt;/b&gt;</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;pente de la sécante gauche &lt;b&gt;%2&lt;/b&gt;&lt;/span&gt; &#xa0; &lt;span style=&apos;color:%3&apos;&gt;pente de la sécante droite &lt;b&gt;%4&lt;/b&gt;&lt;/span&gt; &#xa0; Δ%5 = &lt;b&gt;%6&lt;/b&gt;</translation>
    </message>
    <message>
        <source>f has a corner at %1 = %2: the slopes from the left and from the right do not agree however small Δ%1 gets, so f′(%2) does not exist.</source>
        <translation>f a un point anguleux en %1 = %2&#xa0;: les pentes à gauche et à droite ne concordent pas, aussi petit que soit Δ%1, donc f′(%2) n’existe pas.</translation>
    </message>
    <message>
        <source> The central quotient (f(%1+h) − f(%1−h))/2h gives 0 here by symmetry: f changes by the same amount on both sides, so the rise cancels. That 0 is not a derivative.</source>
        <translation> Le taux d’accroissement centré (f(%1+h) − f(%1−h))/2h donne 0 ici par symétrie&#xa0;: f varie de la même quantité des deux côtés, donc les variations s’annulent. Ce 0 n’est pas une dérivée.</translation>
    </message>
    <message>
        <source> The central quotient averages the two one-sided slopes (here %1): that average is not a derivative.</source>
        <translation> Le taux d’accroissement centré fait la moyenne des deux pentes latérales (ici %1)&#xa0;: cette moyenne n’est pas une dérivée.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;secant slope %2&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;color:%3&apos;&gt;tangent slope %4&lt;/span&gt; &amp;nbsp; difference %5 &amp;nbsp; Δ%6 = &lt;b&gt;%7&lt;/b&gt;</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;pente de la sécante %2&lt;/span&gt; &#xa0; &lt;span style=&apos;color:%3&apos;&gt;pente de la tangente %4&lt;/span&gt; &#xa0; différence %5 &#xa0; Δ%6 = &lt;b&gt;%7&lt;/b&gt;</translation>
    </message>
    <message>
        <source>f is not defined at %1 = %2, so neither is f′: a slope exists only where f does.</source>
        <translation>f n’est pas définie en %1 = %2, f′ non plus&#xa0;: une pente n’existe que là où f existe.</translation>
    </message>
    <message>
        <source>The tangent at %1 = %2 is vertical: f′ grows without bound, so no number is its slope.</source>
        <translation>La tangente en %1 = %2 est verticale&#xa0;: f′ croît sans borne, donc aucun nombre n’est sa pente.</translation>
    </message>
    <message>
        <source>f′ is not defined at this point.</source>
        <translation>f′ n’est pas définie en ce point.</translation>
    </message>
    <message>
        <source>secant slope %1, tangent slope %2</source>
        <translation>pente de la sécante %1, pente de la tangente %2</translation>
    </message>
    <message>
        <source>secant over Δx = %1 has slope %2; the tangent at %3 = %4 has slope %5</source>
        <translation>la sécante sur Δx = %1 a pour pente %2&#xa0;; la tangente en %3 = %4 a pour pente %5</translation>
    </message>
    <message>
        <source>f′(a) is not defined here: there is no error to shrink.</source>
        <translation>f′(a) n’est pas défini ici&#xa0;: il n’y a pas d’erreur à réduire.</translation>
    </message>
    <message>
        <source>Here this quotient has no truncation error: what is left is round-off, which grows as h shrinks.</source>
        <translation>Ici ce taux d’accroissement n’a pas d’erreur de troncature&#xa0;: il ne reste que l’erreur d’arrondi, qui croît quand h diminue.</translation>
    </message>
    <message>
        <source>Here the error does not shrink with h: the quotient does not approach f′(a).</source>
        <translation>Ici l’erreur ne diminue pas avec h&#xa0;: le taux d’accroissement ne tend pas vers f′(a).</translation>
    </message>
    <message>
        <source>a = %1, f(a) = %2, exact f′(a) %3. Error = %5 − f′(a). %4</source>
        <extracomment>%5 is the difference quotient, as the table&apos;s column names it (&quot;Δy / h&quot;, &quot;Δy / 2h&quot;)</extracomment>
        <translation>a = %1, f(a) = %2, valeur exacte de f′(a) %3. Erreur = %5 − f′(a). %4</translation>
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
        <translation>Erreur calculée %1&#xa0;: plus petite que l’erreur d’arrondi de ce taux d’accroissement (environ %2), on ne peut donc pas la distinguer de 0.</translation>
    </message>
    <message>
        <source>Here the error shrinks like h&lt;sup&gt;%1&lt;/sup&gt; (measured between h = %2 and %3).</source>
        <translation>Ici l’erreur diminue comme h&lt;sup&gt;%1&lt;/sup&gt; (mesuré entre h = %2 et %3).</translation>
    </message>
</context>
<context>
    <name>gradlab::SecantLesson</name>
    <message>
        <source>Change Δx</source>
        <translation>Modifier Δx</translation>
    </message>
    <message>
        <source>Change the difference scheme</source>
        <translation>Changer le schéma de différence</translation>
    </message>
    <message>
        <source>&quot;dx&quot; must be from %1 to %2, got %3</source>
        <translation>«&#xa0;dx&#xa0;» doit être entre %1 et %2 (reçu&#xa0;: %3)</translation>
    </message>
    <message>
        <source>&quot;scheme&quot; must be forward, backward or central, got &quot;%1&quot;</source>
        <translation>«&#xa0;scheme&#xa0;» doit valoir forward, backward ou central (reçu&#xa0;: «&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <source>--h must be between %1 and %2</source>
        <translation>--h doit être entre %1 et %2</translation>
    </message>
    <message>
        <source>--scheme must be forward, backward or central, got &apos;%1&apos;</source>
        <translation>--scheme doit valoir forward, backward ou central (reçu&#xa0;: «&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <source>Animate Δx toward 0</source>
        <translation>Animer Δx vers 0</translation>
    </message>
    <message>
        <source>limit table</source>
        <extracomment>What File → Export Table as CSV writes, shown in brackets after it</extracomment>
        <translation>tableau de la limite</translation>
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
        <translation>Δx (échelle log)</translation>
    </message>
    <message>
        <source>Δx on a log scale, from 0.000001 to 2</source>
        <translation>Δx sur une échelle logarithmique, de 0.000001 à 2</translation>
    </message>
    <message>
        <source>Δ&amp;x</source>
        <translation>Δ&amp;x</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <extracomment>The three difference quotients: forward, backward and central difference</extracomment>
        <translation>&amp;Avant</translation>
    </message>
    <message>
        <source>&amp;Backward</source>
        <translation>A&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Central</source>
        <translation>&amp;Centrée</translation>
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
        <translation>▶ Ani&amp;mer</translation>
    </message>
    <message>
        <source>Shrink Δx toward 0 and watch the secant turn into the tangent (Space)</source>
        <translation>Réduire Δx vers 0 et voir la sécante devenir la tangente (Espace)</translation>
    </message>
    <message>
        <source>Poi&amp;nt a</source>
        <translation>Poi&amp;nt a</translation>
    </message>
    <message>
        <source>❚❚ &amp;Pause</source>
        <translation>❚❚ &amp;Pause</translation>
    </message>
    <message>
        <source>Animate Δx toward 0</source>
        <translation>Animer Δx vers 0</translation>
    </message>
</context>
<context>
    <name>gradlab::SlopeFigure</name>
    <message>
        <source>Curve with tangent</source>
        <translation>Courbe et tangente</translation>
    </message>
    <message>
        <source>f</source>
        <translation>f</translation>
    </message>
    <message>
        <source>point</source>
        <translation>point</translation>
    </message>
    <message>
        <source>Derivative</source>
        <translation>Dérivée</translation>
    </message>
    <message>
        <source>f′</source>
        <translation>f′</translation>
    </message>
    <message>
        <source>Readouts</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <source>What the slope means</source>
        <translation>Ce que signifie la pente</translation>
    </message>
    <message>
        <source>Rising: the slope is positive, so increasing %1 increases f.</source>
        <translation>Croissante&#xa0;: la pente est positive, donc augmenter %1 fait augmenter f.</translation>
    </message>
    <message>
        <source>Falling: the slope is negative, so increasing %1 decreases f.</source>
        <translation>Décroissante&#xa0;: la pente est négative, donc augmenter %1 fait diminuer f.</translation>
    </message>
    <message>
        <source>Flat: the slope is 0, and the curve bends upward here (f″ &gt; 0): a minimum.</source>
        <translation>Plate&#xa0;: la pente est nulle, et la courbe s’incurve vers le haut ici (f″ &gt; 0)&#xa0;: un minimum.</translation>
    </message>
    <message>
        <source>Flat: the slope is 0, and f′ goes from negative to positive here: a minimum.</source>
        <translation>Plate&#xa0;: la pente est nulle, et f′ passe du négatif au positif ici&#xa0;: un minimum.</translation>
    </message>
    <message>
        <source>Flat: the slope is 0, and the curve bends downward here (f″ &lt; 0): a maximum.</source>
        <translation>Plate&#xa0;: la pente est nulle, et la courbe s’incurve vers le bas ici (f″ &lt; 0)&#xa0;: un maximum.</translation>
    </message>
    <message>
        <source>Flat: the slope is 0, and f′ goes from positive to negative here: a maximum.</source>
        <translation>Plate&#xa0;: la pente est nulle, et f′ passe du positif au négatif ici&#xa0;: un maximum.</translation>
    </message>
    <message>
        <source>Flat: the slope is 0, but f keeps going the same way on both sides: neither a minimum nor a maximum.</source>
        <translation>Plate&#xa0;: la pente est nulle, mais f garde le même sens de variation des deux côtés&#xa0;: ni un minimum ni un maximum.</translation>
    </message>
    <message>
        <source>Flat: f is constant here, flat everywhere around this point: every point of a constant is both a minimum and a maximum.</source>
        <translation>Plate&#xa0;: f est constante ici, plate partout autour de ce point&#xa0;: chaque point d’une fonction constante est à la fois un minimum et un maximum.</translation>
    </message>
    <message>
        <source>f is not defined at %1 = %2, so neither is its slope: f′ exists only where f does.</source>
        <translation>f n’est pas définie en %1 = %2, sa pente non plus&#xa0;: f′ n’existe que là où f existe.</translation>
    </message>
    <message>
        <source>The tangent is vertical here: f′ grows without bound, so no number is the slope.</source>
        <translation>La tangente est verticale ici&#xa0;: f′ croît sans borne, donc aucun nombre n’est la pente.</translation>
    </message>
    <message>
        <source>f or its slope is too large for a double here.</source>
        <translation>f ou sa pente est trop grande pour un double ici.</translation>
    </message>
    <message>
        <source>f is defined here but its slope is not (a corner, a jump or a cusp).</source>
        <translation>f est définie ici mais pas sa pente (un point anguleux, un saut ou un point de rebroussement).</translation>
    </message>
    <message>
        <source>slope at %1 = %2 is %3</source>
        <translation>pente en %1 = %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>slope at %1 = %2 is %3, %4</source>
        <translation>pente en %1 = %2&#xa0;: %3, %4</translation>
    </message>
    <message>
        <source>rising</source>
        <translation>croissante</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>décroissante</translation>
    </message>
    <message>
        <source>flat</source>
        <translation>plate</translation>
    </message>
</context>
<context>
    <name>gradlab::SlopeView</name>
    <message>
        <source>&amp;Point at</source>
        <translation>Au &amp;point</translation>
    </message>
</context>
<context>
    <name>gradlab::StabilityMapFigure</name>
    <message>
        <source>%1, learning rate</source>
        <translation>%1, taux d’apprentissage</translation>
    </message>
    <message>
        <source>%1, momentum</source>
        <translation>%1, momentum</translation>
    </message>
    <message>
        <source>%1, RMSprop&apos;s smoothing constant</source>
        <translation>%1, constante de lissage de RMSprop</translation>
    </message>
    <message>
        <source>%1, Adam&apos;s first-moment decay</source>
        <translation>%1, décroissance du premier moment d’Adam</translation>
    </message>
    <message>
        <source>%1, Adam&apos;s second-moment decay</source>
        <translation>%1, décroissance du second moment d’Adam</translation>
    </message>
    <message>
        <source>%1, epsilon</source>
        <translation>%1, epsilon</translation>
    </message>
    <message>
        <source>Stability map</source>
        <translation>Carte de stabilité</translation>
    </message>
    <message>
        <source>converged | not</source>
        <translation>convergé | non</translation>
    </message>
    <message>
        <source>diverged | not</source>
        <translation>divergé | non</translation>
    </message>
    <message>
        <source>current settings</source>
        <translation>réglages actuels</translation>
    </message>
    <message>
        <source>Loss curve with the start point</source>
        <translation>Courbe de perte et point de départ</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>perte</translation>
    </message>
    <message>
        <source>start</source>
        <translation>départ</translation>
    </message>
    <message>
        <source>Second axis of the map</source>
        <translation>Second axe de la carte</translation>
    </message>
    <message>
        <source>Colour of the map</source>
        <translation>Coloration de la carte</translation>
    </message>
    <message>
        <source>final loss</source>
        <translation>perte finale</translation>
    </message>
    <message>
        <source>steps to converge</source>
        <extracomment>What the map&apos;s colours show: how many steps each run took to converge</extracomment>
        <translation>pas jusqu’à convergence</translation>
    </message>
    <message>
        <source>What the map shows</source>
        <translation>Ce que montre la carte</translation>
    </message>
    <message>
        <source>Map legend</source>
        <extracomment>The legend of the stability map (a chart of which runs converge)</extracomment>
        <translation>Légende de la carte</translation>
    </message>
    <message>
        <source>&amp;Second axis</source>
        <translation>Second a&amp;xe</translation>
    </message>
    <message>
        <source>&amp;Colour by</source>
        <translation>Colorer s&amp;elon</translation>
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
        <translation>les réglages actuels, %1 (faites glisser le point)</translation>
    </message>
    <message>
        <source>steps until %1 &lt; tolerance</source>
        <translation>pas jusqu’à %1 &lt; tolérance</translation>
    </message>
    <message>
        <source>final loss − lowest on map</source>
        <translation>perte finale − minimum de la carte</translation>
    </message>
    <message>
        <source> (base rate)</source>
        <translation> (taux de base)</translation>
    </message>
    <message>
        <source>coarse pass; computing %1 runs…</source>
        <translation>passe grossière&#xa0;; calcul de %1 parcours…</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>calcul…</translation>
    </message>
    <message>
        <source>%1 has no second hyperparameter: one row over the learning rate; %2.</source>
        <translation>%1&#xa0;: pas de second hyperparamètre, donc une seule rangée, le long du taux d’apprentissage&#xa0;; %2.</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>divergé</translation>
    </message>
    <message>
        <source>%1 never fell below the tolerance</source>
        <translation>%1 n’est jamais passé sous la tolérance</translation>
    </message>
    <message>
        <source>white line: %1 fell below the tolerance | never did</source>
        <translation>ligne blanche&#xa0;: %1 est passé sous la tolérance | jamais</translation>
    </message>
    <message>
        <source>white line: converged | not converged</source>
        <translation>ligne blanche&#xa0;: convergé | non convergé</translation>
    </message>
    <message>
        <source>black line: diverged | not diverged</source>
        <translation>ligne noire&#xa0;: divergé | non divergé</translation>
    </message>
    <message>
        <source>the current settings, %1</source>
        <translation>les réglages actuels, %1</translation>
    </message>
    <message>
        <source>%1: each cell one run from the start%2; %3.</source>
        <translation>%1&#xa0;: chaque case est un parcours depuis le point de départ%2&#xa0;; %3.</translation>
    </message>
    <message numerus="yes">
        <source>%1 runs of %n step(s)</source>
        <extracomment>%1 is how many runs: the map&apos;s grid, &quot;40 × 30&quot;, or the count of its one row, &quot;120&quot;</extracomment>
        <translation>
            <numerusform>%1 parcours de %n pas</numerusform>
            <numerusform>%1 parcours de %n pas</numerusform>
        </translation>
    </message>
    <message>
        <source>final loss − Lₘᵢₙ</source>
        <translation>perte finale − Lₘᵢₙ</translation>
    </message>
</context>
<context>
    <name>gradlab::StabilityMapper</name>
    <message>
        <source>Set %1&apos;s %2 and %3</source>
        <translation>Régler %2 et %3 (%1)</translation>
    </message>
    <message>
        <source>Set %1&apos;s %2</source>
        <translation>Régler %2 (%1)</translation>
    </message>
    <message>
        <source>Set %1 and %2</source>
        <translation>Régler %1 et %2</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>Régler %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be one of momentum, alpha, beta1, beta2, got %2</source>
        <translation>«&#xa0;%1&#xa0;» doit valoir momentum, alpha, beta1 ou beta2 (reçu&#xa0;: %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2 or %3, got %4</source>
        <translation>«&#xa0;%1&#xa0;» doit valoir %2 ou %3 (reçu&#xa0;: %4)</translation>
    </message>
</context>
<context>
    <name>gradlab::StepInspector</name>
    <message>
        <source>Step inspector</source>
        <translation>Inspecteur de pas</translation>
    </message>
    <message>
        <source>Click a step on the plot or a row of the step table to see inside it; ←/→ walk the steps, Esc closes.</source>
        <translation>Cliquez sur un pas du graphique ou sur une ligne du tableau des pas pour en voir le détail&#xa0;; ←/→ parcourent les pas, Échap ferme.</translation>
    </message>
    <message>
        <source>Step %1 → %2: %3%4, η = %5</source>
        <translation>Pas %1 → %2&#xa0;: %3%4, η = %5</translation>
    </message>
    <message>
        <source>Start %1&lt;sub&gt;%2&lt;/sub&gt; = %3, f = %4</source>
        <translation>Départ %1&lt;sub&gt;%2&lt;/sub&gt; = %3, f = %4</translation>
    </message>
    <message>
        <source>Gradient ∇f(%1&lt;sub&gt;%2&lt;/sub&gt;) = %3</source>
        <translation>Gradient ∇f(%1&lt;sub&gt;%2&lt;/sub&gt;) = %3</translation>
    </message>
    <message>
        <source>Gradient the update used, with noise: g = %1</source>
        <translation>Gradient utilisé par la mise à jour, avec bruit&#xa0;: g = %1</translation>
    </message>
    <message>
        <source>state</source>
        <translation>état</translation>
    </message>
    <message>
        <source>before</source>
        <translation>avant</translation>
    </message>
    <message>
        <source>after</source>
        <translation>après</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>Step size per coordinate η′ = %1</source>
        <translation>Taille du pas par coordonnée η′ = %1</translation>
    </message>
    <message>
        <source>Curvature f″(%1&lt;sub&gt;%2&lt;/sub&gt;) = %3</source>
        <translation>Courbure f″(%1&lt;sub&gt;%2&lt;/sub&gt;) = %3</translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation>Règle&#xa0;:</translation>
    </message>
    <message>
        <source>With the numbers:</source>
        <translation>Avec les nombres&#xa0;:</translation>
    </message>
    <message>
        <source>Lands at %1&lt;sub&gt;%2&lt;/sub&gt; = %3, f = %4</source>
        <translation>Arrivée en %1&lt;sub&gt;%2&lt;/sub&gt; = %3, f = %4</translation>
    </message>
    <message>
        <source>Step %1: %2%3, the run&apos;s current point</source>
        <translation>Pas %1&#xa0;: %2%3, le point actuel du parcours</translation>
    </message>
    <message>
        <source>Point %1&lt;sub&gt;%2&lt;/sub&gt; = %3, f = %4</source>
        <translation>Point %1&lt;sub&gt;%2&lt;/sub&gt; = %3, f = %4</translation>
    </message>
    <message>
        <source>after step %1 → %2</source>
        <translation>après le pas %1 → %2</translation>
    </message>
    <message>
        <source>No update has left this point yet: Step or Play takes the next one; ← shows the update that led here.</source>
        <translation>Aucune mise à jour n’est encore partie de ce point&#xa0;: Un pas ou Lecture effectue la suivante&#xa0;; ← montre la mise à jour qui a mené ici.</translation>
    </message>
    <message>
        <source>The run stopped here (%1); ← shows the update that led here.</source>
        <translation>Le parcours s’est arrêté ici (%1)&#xa0;; ← montre la mise à jour qui a mené ici.</translation>
    </message>
    <message>
        <source>Hessian H = %1</source>
        <translation>Hessienne H = %1</translation>
    </message>
</context>
<context>
    <name>gradlab::StepPicker</name>
    <message>
        <source>inspected step</source>
        <translation>pas inspecté</translation>
    </message>
    <message>
        <source>Click a point of a run or a row of the step table to see inside that step; ←/→ walk the steps, Esc closes.</source>
        <translation>Cliquez sur un point d’un parcours ou sur une ligne du tableau des pas pour voir le détail de ce pas&#xa0;; ←/→ parcourent les pas, Échap ferme.</translation>
    </message>
    <message>
        <source>Click a point of a run on the map to see inside that step; ←/→ walk the steps, Esc closes.</source>
        <translation>Cliquez sur un point d’un parcours sur la carte pour voir le détail de ce pas&#xa0;; ←/→ parcourent les pas, Échap ferme.</translation>
    </message>
</context>
<context>
    <name>gradlab::Surface3dLesson</name>
    <message>
        <source>Follow another optimizer</source>
        <translation>Suivre un autre optimiseur</translation>
    </message>
    <message>
        <source>Change the height scale</source>
        <translation>Changer l’échelle des hauteurs</translation>
    </message>
    <message>
        <source>logHeight must be true or false</source>
        <translation>logHeight doit être true ou false</translation>
    </message>
    <message>
        <source>trajectories</source>
        <extracomment>What File → Export Table as CSV writes, shown in brackets after it</extracomment>
        <translation>trajectoires</translation>
    </message>
</context>
<context>
    <name>gradlab::SurfaceLesson</name>
    <message>
        <source>Change the function</source>
        <translation>Changer la fonction</translation>
    </message>
    <message>
        <source>Move the point</source>
        <translation>Déplacer le point</translation>
    </message>
    <message>
        <source>--at needs two coordinates for this lesson (A,B), got %1</source>
        <translation>--at attend deux coordonnées pour cette leçon, A,B (reçu&#xa0;: %1)</translation>
    </message>
</context>
<context>
    <name>gradlab::SurfaceScene</name>
    <message>
        <source>the 3-D graph could not get an OpenGL context</source>
        <translation>le graphique 3D n’a pas pu obtenir de contexte OpenGL</translation>
    </message>
    <message>
        <source>3-D loss surface</source>
        <translation>Surface de perte en 3D</translation>
    </message>
</context>
<context>
    <name>gradlab::SurfaceView</name>
    <message>
        <source>Optimizer the ball follows</source>
        <translation>Optimiseur que suit la bille</translation>
    </message>
    <message>
        <source>▶ &amp;Play</source>
        <translation>▶ &amp;Lecture</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <extracomment>Button (a verb): move every optimizer one step</extracomment>
        <translation>&amp;Un pas</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <extracomment>Button: put every optimizer back at the start point</extracomment>
        <translation>&amp;Réinitialiser</translation>
    </message>
    <message>
        <source>&amp;Log height</source>
        <translation>Hauteur lo&amp;g</translation>
    </message>
    <message>
        <source>Draw the height as log₁₀(1 + f − m), m the lowest f on the rectangle rounded down (0 when f ≥ 0): a valley that the linear height flattens shows its shape. The vertical axis says which height is drawn.</source>
        <translation>Tracer la hauteur comme log₁₀(1 + f − m), où m est le plus petit f sur le rectangle, arrondi vers le bas (0 quand f ≥ 0)&#xa0;: une vallée que la hauteur linéaire aplatit révèle alors sa forme. L’axe vertical indique quelle hauteur est tracée.</translation>
    </message>
    <message>
        <source>Reset &amp;view</source>
        <translation>&amp;Vue initiale</translation>
    </message>
    <message>
        <source>Back to the view from the front, above the surface (Ctrl+0)</source>
        <translation>Revenir à la vue de face, au-dessus de la surface (Ctrl+0)</translation>
    </message>
    <message>
        <source>&amp;Top view</source>
        <translation>Vue de &amp;dessus</translation>
    </message>
    <message>
        <source>Look straight down: x to the right, y up, as on the maps</source>
        <translation>Regarder droit vers le bas&#xa0;: x vers la droite, y vers le haut, comme sur les cartes</translation>
    </message>
    <message>
        <source>The same function, start and runs as “Descent on a surface”. Drag to rotate, scroll to zoom. &lt;span style=&apos;color:%1&apos;&gt;●&lt;/span&gt; ball &amp;nbsp; %2 trail &amp;nbsp; &lt;span style=&apos;color:%3&apos;&gt;➜&lt;/span&gt; green arrow: the downhill direction −∇f, longer where the slope is steeper (log scale); its |∇f| is read out below</source>
        <translation>La même fonction, le même départ et les mêmes parcours que «&#xa0;Descente sur une surface&#xa0;». Faites glisser pour tourner, la molette zoome. &lt;span style=&apos;color:%1&apos;&gt;●&lt;/span&gt; bille &#xa0; %2 traînée &#xa0; &lt;span style=&apos;color:%3&apos;&gt;➜&lt;/span&gt; flèche verte&#xa0;: la direction de descente −∇f, plus longue là où la pente est plus raide (échelle log)&#xa0;; son |∇f| est indiqué ci-dessous</translation>
    </message>
    <message>
        <source>Ball follows</source>
        <translation>La bille suit</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The 3-D view cannot draw here&lt;/h3&gt;&lt;p&gt;It needs OpenGL, and %1.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Every other lesson works without it; “Descent on a surface” shows this function, start and runs as a map.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;La vue 3D ne peut pas dessiner ici&lt;/h3&gt;&lt;p&gt;Elle nécessite OpenGL, et %1.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Toutes les autres leçons fonctionnent sans OpenGL&#xa0;; «&#xa0;Descente sur une surface&#xa0;» montre cette fonction, ce départ et ces parcours sous forme de carte.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>❚❚ &amp;Pause</source>
        <translation>❚❚ &amp;Pause</translation>
    </message>
    <message>
        <source>No optimizer is enabled in “Descent on a surface”.</source>
        <translation>Aucun optimiseur n’est activé dans «&#xa0;Descente sur une surface&#xa0;».</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;➜ −∇f&lt;/span&gt;: %2</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;➜ −∇f&lt;/span&gt;&#xa0;: %2</translation>
    </message>
    <message>
        <source> Here the arrow is cut short where the surface rises above it, across the valley.</source>
        <translation> Ici la flèche est coupée là où la surface s’élève au-dessus d’elle, de l’autre côté de la vallée.</translation>
    </message>
    <message>
        <source>&lt;br&gt;The surface is cut flat at f = %1, where it rises steeply (a pole or a wall); “Log height” shows all of it.</source>
        <translation>&lt;br&gt;La surface est tronquée à plat en f = %1, là où elle monte brusquement (un pôle ou un mur)&#xa0;; «&#xa0;Hauteur log&#xa0;» la montre en entier.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: step %2, f = %3 at (%4, %5). %6&lt;br&gt;%7</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&#xa0;: pas %2, f = %3 en (%4 ; %5). %6&lt;br&gt;%7</translation>
    </message>
</context>
<context>
    <name>gradlab::ValueField</name>
    <message>
        <source>A number or a constant expression, such as 1.5, pi/2, sqrt(2) or e^-1. Enter takes it; Up and Down step it.</source>
        <translation>Un nombre ou une expression constante, comme 1.5, pi/2, sqrt(2) ou e^-1. Entrée valide la valeur&#xa0;; les flèches Haut et Bas la modifient par pas.</translation>
    </message>
    <message>
        <source>type a number, such as 1.5 or pi/2</source>
        <translation>saisissez un nombre, comme 1.5 ou pi/2</translation>
    </message>
    <message>
        <source>a number is needed here, not a formula in %1</source>
        <translation>il faut ici un nombre, pas une formule en %1</translation>
    </message>
    <message>
        <source>this has no finite value</source>
        <translation>ceci n’a pas de valeur finie</translation>
    </message>
    <message>
        <source>%1 is outside the range this field takes, %2 to %3</source>
        <translation>%1 est hors de l’intervalle accepté par ce champ, de %2 à %3</translation>
    </message>
    <message>
        <source>%1; kept %2.</source>
        <translation>%1&#xa0;; valeur conservée&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>gradlab::ZoomFigure</name>
    <message>
        <source>Magnifier</source>
        <translation>Loupe</translation>
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
        <translation>Écart selon la demi-largeur, log-log</translation>
    </message>
    <message>
        <source>half-width w</source>
        <extracomment>Axis labels: half the width of the zoom window, and the largest gap between curve and tangent in it</extracomment>
        <translation>demi-largeur w</translation>
    </message>
    <message>
        <source>largest gap</source>
        <translation>plus grand écart</translation>
    </message>
    <message>
        <source>Largest gap</source>
        <translation>Plus grand écart</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&lt;b&gt;The gap against the window&lt;/b&gt; (log-log)</source>
        <translation>&lt;b&gt;L’écart selon la fenêtre&lt;/b&gt; (log-log)</translation>
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
        <translation>Fenêtre %1 ± &lt;b&gt;%2&lt;/b&gt;&#xa0;: plus grand écart entre la courbe et la %3 &lt;b&gt;%4&lt;/b&gt; (%5 de la largeur de la fenêtre)</translation>
    </message>
    <message>
        <source>line</source>
        <translation>droite</translation>
    </message>
    <message>
        <source>tangent</source>
        <translation>tangente</translation>
    </message>
    <message>
        <source>Window %1 ± &lt;b&gt;%2&lt;/b&gt;: f has no value somewhere in this window, so there is no largest gap</source>
        <translation>Fenêtre %1 ± &lt;b&gt;%2&lt;/b&gt;&#xa0;: f n’a pas de valeur en un endroit de cette fenêtre, donc il n’y a pas de plus grand écart</translation>
    </message>
    <message>
        <source>Window %1 ± &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Fenêtre %1 ± &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Measured slope %1 (between w = %2 and %3): shrinking the window 10× divides the gap by about %4.</source>
        <translation>Pente mesurée %1 (entre w = %2 et %3)&#xa0;: réduire la fenêtre 10× divise l’écart par environ %4.</translation>
    </message>
    <message>
        <source>The dashed line is ∝ %1: the first Taylor term after the tangent that is not zero has order %2, not 2.</source>
        <translation>La ligne en pointillés est ∝ %1&#xa0;: le premier terme de Taylor non nul après la tangente est d’ordre %2, pas 2.</translation>
    </message>
    <message>
        <source>The dashed line is ∝ %1.</source>
        <translation>La ligne en pointillés est ∝ %1.</translation>
    </message>
    <message>
        <source>No slope to measure: the gap is rounding (or none) in every window, so f is a straight line here.</source>
        <translation>Pas de pente à mesurer&#xa0;: l’écart n’est qu’arrondi (ou nul) dans chaque fenêtre, donc f est une droite ici.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;Tangent&lt;/span&gt;: y = %2·%3 %4 %5 &amp;nbsp; (f(a) = %6, f′(a) = %7)</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;Tangente&lt;/span&gt;&#xa0;: y = %2·%3 %4 %5 &#xa0; (f(a) = %6, f′(a) = %7)</translation>
    </message>
    <message>
        <source>bending up: f″ &gt; 0</source>
        <translation>courbée vers le haut&#xa0;: f″ &gt; 0</translation>
    </message>
    <message>
        <source>bending down: f″ &lt; 0</source>
        <translation>courbée vers le bas&#xa0;: f″ &lt; 0</translation>
    </message>
    <message>
        <source>no bending at this order</source>
        <translation>pas de courbure à cet ordre</translation>
    </message>
    <message>
        <source>f″(a) %1, %2. Parabola: y = %3 %4 %5·(%6 − a) %7 %8·(%6 − a)²</source>
        <translation>f″(a) %1, %2. Parabole&#xa0;: y = %3 %4 %5·(%6 − a) %7 %8·(%6 − a)²</translation>
    </message>
    <message>
        <source>; cubic term %1·(%2 − a)³</source>
        <translation>&#xa0;; terme cubique %1·(%2 − a)³</translation>
    </message>
    <message>
        <source>. Osculating circle: radius (1 + f′²)^{3/2}/|f″| = %1, centre (%2, %3)</source>
        <translation>. Cercle osculateur&#xa0;: rayon (1 + f′²)^{3/2}/|f″| = %1, centre (%2 ; %3)</translation>
    </message>
    <message>
        <source>. No osculating circle: its radius (1 + f′²)^{3/2}/|f″| is infinite</source>
        <translation>. Pas de cercle osculateur&#xa0;: son rayon (1 + f′²)^{3/2}/|f″| est infini</translation>
    </message>
    <message>
        <source>Newton&apos;s step: x⁺ = a − f′/f″ = %1, the parabola&apos;s lowest point. Gradient descent with η = 1/f″ = %2 jumps to the same point; η = 2/f″ = %3 is the critical rate of the lesson &quot;%4&quot; %5.</source>
        <translation>Pas de Newton&#xa0;: x⁺ = a − f′/f″ = %1, le point le plus bas de la parabole. La descente de gradient avec η = 1/f″ = %2 saute au même point&#xa0;; η = 2/f″ = %3 est le taux critique de la leçon «&#xa0;%4&#xa0;» %5.</translation>
    </message>
    <message>
        <source>(f is quadratic: its parabola is f itself)</source>
        <translation>(f est quadratique&#xa0;: sa parabole est f elle-même)</translation>
    </message>
    <message>
        <source>for the local quadratic model only: f is not quadratic, so near here, not everywhere</source>
        <translation>pour le modèle quadratique local seulement&#xa0;: f n’est pas quadratique, donc près d’ici, pas partout</translation>
    </message>
    <message>
        <source>Newton&apos;s step: x⁺ = a − f′/f″ = %1 = a, as f′(a) = 0: the point is the parabola&apos;s highest point, and neither Newton&apos;s method nor gradient descent moves from it; 1/f″ and 2/f″ are negative, so they are not learning rates.</source>
        <translation>Pas de Newton&#xa0;: x⁺ = a − f′/f″ = %1 = a, car f′(a) = 0&#xa0;: ce point est le point le plus haut de la parabole, et ni la méthode de Newton ni la descente de gradient ne s’en éloignent&#xa0;; 1/f″ et 2/f″ sont négatifs, ce ne sont donc pas des taux d’apprentissage.</translation>
    </message>
    <message>
        <source>Newton&apos;s step: x⁺ = a − f′/f″ = %1 is the parabola&apos;s highest point: Newton&apos;s method heads uphill here, while gradient descent goes down, so 1/f″ and 2/f″ are not learning rates.</source>
        <translation>Pas de Newton&#xa0;: x⁺ = a − f′/f″ = %1 est le point le plus haut de la parabole&#xa0;: la méthode de Newton monte ici, tandis que la descente de gradient descend, donc 1/f″ et 2/f″ ne sont pas des taux d’apprentissage.</translation>
    </message>
    <message>
        <source>Newton&apos;s step: none, as the parabola is the tangent itself, a line with no lowest point, so a − f′/f″ does not exist.</source>
        <translation>Pas de Newton&#xa0;: inexistant, car la parabole est la tangente elle-même, une droite sans point le plus bas, donc a − f′/f″ n’existe pas.</translation>
    </message>
    <message>
        <source>f has a corner at %1: the slope from the left is %2, from the right %3. However far you zoom in, the curve keeps its corner: the gap shrinks only like the width (slope 1), never like its square, so f never looks straight here. The dashed line has the mean of the two slopes (%4): it is no tangent.</source>
        <translation>f a un point anguleux en %1&#xa0;: la pente à gauche vaut %2, à droite %3. Aussi fort que vous zoomiez, la courbe garde son angle&#xa0;: l’écart ne diminue que comme la largeur (pente 1), jamais comme son carré, donc f ne ressemble jamais à une droite ici. La ligne en pointillés a pour pente la moyenne des deux pentes (%4)&#xa0;: ce n’est pas une tangente.</translation>
    </message>
    <message>
        <source>The tangent at %1 is vertical: f′ grows without bound, so no line y = m·x + c fits.</source>
        <translation>La tangente en %1 est verticale&#xa0;: f′ croît sans borne, donc aucune droite y = m·x + c ne convient.</translation>
    </message>
    <message>
        <source>f is not defined at %1, so it has no tangent there.</source>
        <translation>f n’est pas définie en %1, elle n’y a donc pas de tangente.</translation>
    </message>
    <message>
        <source>At this zoom the gap (%1) is below %2 times its rounding (about %3): what is left is the arithmetic of doubles, not the curve. Animate stops at w = %4.</source>
        <translation>À ce zoom, l’écart (%1) est inférieur à %2 fois son arrondi (environ %3)&#xa0;: ce qui reste est l’arithmétique des doubles, pas la courbe. Animer s’arrête à w = %4.</translation>
    </message>
</context>
<context>
    <name>gradlab::ZoomLesson</name>
    <message>
        <source>Corner</source>
        <translation>Angle</translation>
    </message>
    <message>
        <source>Logarithm</source>
        <translation>Logarithme</translation>
    </message>
    <message>
        <source>Bump</source>
        <translation>Bosse</translation>
    </message>
    <message>
        <source>Zoom</source>
        <extracomment>Undo/redo item: the zoom window was changed</extracomment>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Show the Taylor parabola</source>
        <translation>Afficher la parabole de Taylor</translation>
    </message>
    <message>
        <source>Show the Taylor cubic</source>
        <translation>Afficher la cubique de Taylor</translation>
    </message>
    <message>
        <source>Show the osculating circle</source>
        <translation>Afficher le cercle osculateur</translation>
    </message>
    <message>
        <source>Show Newton&apos;s step</source>
        <translation>Afficher le pas de Newton</translation>
    </message>
    <message>
        <source>Animate the zoom</source>
        <translation>Animer le zoom</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number from %2 to %3</source>
        <translation>«&#xa0;%1&#xa0;» doit être un nombre entre %2 et %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>«&#xa0;%1&#xa0;» doit être true ou false</translation>
    </message>
    <message>
        <source>--zoom must be a half-width from %1 to %2</source>
        <translation>--zoom doit être une demi-largeur entre %1 et %2</translation>
    </message>
    <message>
        <source>gap table</source>
        <extracomment>What File → Export Table as CSV writes, shown in brackets after it</extracomment>
        <translation>tableau des écarts</translation>
    </message>
</context>
<context>
    <name>gradlab::ZoomView</name>
    <message>
        <source>Poi&amp;nt a</source>
        <translation>Poi&amp;nt a</translation>
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
        <translation>Zoom (demi-largeur, échelle log)</translation>
    </message>
    <message>
        <source>The window&apos;s half-width w on a log scale, from 10 down to 0.000001</source>
        <translation>La demi-largeur w de la fenêtre sur une échelle logarithmique, de 10 à 0.000001</translation>
    </message>
    <message>
        <source>&amp;Zoom</source>
        <translation>&amp;Zoom</translation>
    </message>
    <message>
        <source>The window is a − w … a + w</source>
        <translation>La fenêtre va de a − w à a + w</translation>
    </message>
    <message>
        <source>▶ &amp;Animate</source>
        <translation>▶ Ani&amp;mer</translation>
    </message>
    <message>
        <source>Zoom in by decades around the point and watch the curve straighten (Space)</source>
        <translation>Zoomer par décades autour du point et voir la courbe se redresser (Espace)</translation>
    </message>
    <message>
        <source>Taylor &amp;parabola</source>
        <translation>Para&amp;bole de Taylor</translation>
    </message>
    <message>
        <source>&amp;Cubic</source>
        <translation>&amp;Cubique</translation>
    </message>
    <message>
        <source>&amp;Osculating circle</source>
        <translation>Cercle &amp;osculateur</translation>
    </message>
    <message>
        <source>Ne&amp;wton&apos;s step</source>
        <translation>Pas de Ne&amp;wton</translation>
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
        <translation>la dérivée de cette formule est trop grande pour être calculée</translation>
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
    <name>gradlab::taylor</name>
    <message>
        <source>a Taylor expansion here needs a function of one variable, not %1</source>
        <translation>un développement de Taylor demande ici une fonction d’une seule variable (celle-ci en a %1)</translation>
    </message>
    <message>
        <source>the order must be from 1 to %1, got %2</source>
        <translation>l’ordre doit être entre 1 et %1 (reçu&#xa0;: %2)</translation>
    </message>
</context>
</TS>
