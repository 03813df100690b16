<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Catalogue</name>
    <message>
        <location filename="../widgets/panels/catalogue_texts.cpp" line="+11"/>
        <source>Lorenz</source>
        <translation>Lorenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prandtl number: how fast x relaxes towards y</source>
        <translation>nombre de Prandtl : vitesse à laquelle x rejoint y</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rayleigh number: the driving; chaos above about 24.74</source>
        <translation>nombre de Rayleigh : le forçage ; chaos au-delà d’environ 24,74</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>geometric factor of the convection cell</source>
        <translation>facteur géométrique de la cellule de convection</translation>
    </message>
</context>
<context>
    <name>flowscope::MainWindow</name>
    <message>
        <location filename="../app/gui/main_window.cpp" line="+41"/>
        <source>Flowscope — %1 attractor</source>
        <translation>Flowscope — attracteur de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Computing…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Time step</source>
        <translation>Pas de temps</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step of the RK4 integrator</source>
        <translation>Pas de l’intégrateur RK4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Length of the trajectory in time units</source>
        <translation>Longueur de la trajectoire en unités de temps</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export Trajectory…</source>
        <translation>&amp;Exporter la trajectoire…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save &amp;Screenshot…</source>
        <translation>Enregistrer une &amp;capture…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset Camera</source>
        <translation>&amp;Réinitialiser la caméra</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Parameters</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Flowscope</source>
        <translation>À &amp;propos de Flowscope</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 points computed in %2 ms</source>
        <translation>%1 points calculés en %2 ms</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not updated: %1</source>
        <translation>Non mis à jour : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <source>Save Screenshot</source>
        <translation>Enregistrer une capture</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The screenshot was not saved: %1</source>
        <translation>La capture n’a pas été enregistrée : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+8"/>
        <source>Export Trajectory</source>
        <translation>Exporter la trajectoire</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>CSV table (*.csv);;NumPy array (*.npy)</source>
        <translation>Tableau CSV (*.csv);;Tableau NumPy (*.npy)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The trajectory was not saved: %1</source>
        <translation>La trajectoire n’a pas été enregistrée : %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About Flowscope</source>
        <translation>À propos de Flowscope</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Flowscope %1&lt;/h3&gt;&lt;p&gt;Seeing dynamics: chaotic systems, Langevin flows, diffusion sampling and Schrödinger bridges, computed on all cores and drawn in 3-D.&lt;/p&gt;&lt;p&gt;Drag to rotate, Shift+drag or middle-drag to pan, wheel or right-drag to zoom, R or a double click to reset the camera.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Flowscope %1&lt;/h3&gt;&lt;p&gt;Voir la dynamique : systèmes chaotiques, flots de Langevin, échantillonnage par diffusion et ponts de Schrödinger, calculés sur tous les cœurs et dessinés en 3D.&lt;/p&gt;&lt;p&gt;Faites glisser pour tourner, Maj+glisser ou glisser avec le bouton du milieu pour déplacer, molette ou glisser avec le bouton droit pour zoomer, R ou un double-clic pour réinitialiser la caméra.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>flowscope::SimulationController</name>
    <message>
        <location filename="../app/gui/simulation_controller.cpp" line="+51"/>
        <source>Not enough memory for this run; use a larger time step or a shorter duration.</source>
        <translation>Mémoire insuffisante pour ce calcul ; choisissez un pas de temps plus grand ou une durée plus courte.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The trajectory blew up after t = %1. Try a smaller time step or other parameters.</source>
        <translation>La trajectoire a divergé après t = %1. Essayez un pas de temps plus petit ou d’autres paramètres.</translation>
    </message>
</context>
<context>
    <name>flowscope::VtkView</name>
    <message>
        <location filename="../widgets/view/vtk_view.cpp" line="+158"/>
        <source>The view is not visible, so there is nothing to save.</source>
        <translation>La vue n’est pas visible : il n’y a rien à enregistrer.</translation>
    </message>
</context>
</TS>
