<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <translation>Prandtl-Zahl: wie schnell x sich y annähert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rayleigh number: the driving; chaos above about 24.74</source>
        <translation>Rayleigh-Zahl: der Antrieb; Chaos ab etwa 24,74</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>geometric factor of the convection cell</source>
        <translation>Geometriefaktor der Konvektionszelle</translation>
    </message>
</context>
<context>
    <name>flowscope::MainWindow</name>
    <message>
        <location filename="../app/gui/main_window.cpp" line="+41"/>
        <source>Flowscope — %1 attractor</source>
        <translation>Flowscope — %1-Attraktor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Computing…</source>
        <translation>Berechnung läuft…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Time step</source>
        <translation>Zeitschritt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step of the RK4 integrator</source>
        <translation>Schrittweite des RK4-Integrators</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Length of the trajectory in time units</source>
        <translation>Länge der Trajektorie in Zeiteinheiten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export Trajectory…</source>
        <translation>Trajektorie &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save &amp;Screenshot…</source>
        <translation>&amp;Bildschirmfoto speichern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset Camera</source>
        <translation>Kamera &amp;zurücksetzen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Parameters</source>
        <translation>&amp;Parameter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Flowscope</source>
        <translation>&amp;Über Flowscope</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 points computed in %2 ms</source>
        <translation>%1 Punkte in %2 ms berechnet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not updated: %1</source>
        <translation>Nicht aktualisiert: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <source>Save Screenshot</source>
        <translation>Bildschirmfoto speichern</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The screenshot was not saved: %1</source>
        <translation>Das Bildschirmfoto wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+8"/>
        <source>Export Trajectory</source>
        <translation>Trajektorie exportieren</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>CSV table (*.csv);;NumPy array (*.npy)</source>
        <translation>CSV-Tabelle (*.csv);;NumPy-Array (*.npy)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The trajectory was not saved: %1</source>
        <translation>Die Trajektorie wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About Flowscope</source>
        <translation>Über Flowscope</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Flowscope %1&lt;/h3&gt;&lt;p&gt;Seeing dynamics: chaotic systems, Langevin flows, diffusion sampling and Schrödinger bridges, computed on all cores and drawn in 3-D.&lt;/p&gt;&lt;p&gt;Drag to rotate, Shift+drag or middle-drag to pan, wheel or right-drag to zoom, R or a double click to reset the camera.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Flowscope %1&lt;/h3&gt;&lt;p&gt;Dynamik sehen: chaotische Systeme, Langevin-Flüsse, Diffusions-Sampling und Schrödinger-Brücken, auf allen Kernen berechnet und in 3-D dargestellt.&lt;/p&gt;&lt;p&gt;Ziehen zum Drehen, Umschalt+Ziehen oder Ziehen mit der mittleren Taste zum Verschieben, Mausrad oder Ziehen mit der rechten Taste zum Zoomen, R oder ein Doppelklick setzt die Kamera zurück.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>flowscope::SimulationController</name>
    <message>
        <location filename="../app/gui/simulation_controller.cpp" line="+51"/>
        <source>Not enough memory for this run; use a larger time step or a shorter duration.</source>
        <translation>Nicht genug Speicher für diese Rechnung; wählen Sie einen größeren Zeitschritt oder eine kürzere Dauer.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The trajectory blew up after t = %1. Try a smaller time step or other parameters.</source>
        <translation>Die Trajektorie ist nach t = %1 divergiert. Versuchen Sie einen kleineren Zeitschritt oder andere Parameter.</translation>
    </message>
</context>
<context>
    <name>flowscope::VtkView</name>
    <message>
        <location filename="../widgets/view/vtk_view.cpp" line="+158"/>
        <source>The view is not visible, so there is nothing to save.</source>
        <translation>Die Ansicht ist nicht sichtbar, es gibt nichts zu speichern.</translation>
    </message>
</context>
</TS>
