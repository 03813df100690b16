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
    <message>
        <location line="+2"/>
        <source>Rössler</source>
        <translation>Rössler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A spiral in the x-y plane folded back by rare bursts in z: the simplest picture of stretching and folding. Period doubling leads to chaos as c grows.</source>
        <translation>Eine Spirale in der x-y-Ebene, die durch seltene Ausbrüche in z zurückgefaltet wird: das einfachste Bild von Streckung und Faltung. Mit wachsendem c führt Periodenverdopplung ins Chaos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rate of the outward spiral in the x-y plane</source>
        <translation>Rate der nach außen laufenden Spirale in der x-y-Ebene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>constant feed of z</source>
        <translation>konstante Zufuhr für z</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>threshold in x above which z bursts</source>
        <translation>Schwelle in x, oberhalb derer z ausbricht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chen</source>
        <translation>Chen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found by feeding y back into itself (anti-control) in a Lorenz-like system: a two-lobed butterfly that is not equivalent to Lorenz&apos;s and stretches about twice as fast.</source>
        <translation>Gefunden durch Rückkopplung von y auf sich selbst (Antikontrolle) in einem Lorenz-artigen System: ein zweiflügeliger Schmetterling, der nicht zu dem von Lorenz äquivalent ist und etwa doppelt so schnell streckt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>coupling that pulls x towards y</source>
        <translation>Kopplung, die x zu y hinzieht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>damping of z</source>
        <translation>Dämpfung von z</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>self-excitation of y added by the feedback</source>
        <translation>durch die Rückkopplung hinzugefügte Selbstanregung von y</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lü</source>
        <translation>Lü</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bridge between the Lorenz and Chen attractors: as c grows the butterfly changes from Lorenz-like to Chen-like shapes.</source>
        <translation>Die Brücke zwischen dem Lorenz- und dem Chen-Attraktor: Mit wachsendem c wandelt sich der Schmetterling von Lorenz-artigen zu Chen-artigen Formen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>growth rate of y: selects Lorenz-like or Chen-like shapes</source>
        <translation>Wachstumsrate von y: wählt Lorenz-artige oder Chen-artige Formen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chua</source>
        <translation>Chua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An electronic circuit of two capacitors, an inductor and a piecewise-linear negative resistor (Chua&apos;s diode). Orbits spiral around two outer equilibria and jump between them: the double scroll.</source>
        <translation>Ein elektronischer Schaltkreis aus zwei Kondensatoren, einer Spule und einem stückweise linearen negativen Widerstand (Chua-Diode). Die Bahnen laufen spiralförmig um zwei äußere Gleichgewichtspunkte und springen zwischen ihnen hin und her: die Doppelspirale (Double Scroll).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ratio of the two capacitances, C2 / C1</source>
        <translation>Verhältnis der beiden Kapazitäten, C2 / C1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stiffness of the inductor loop, C2 R^2 / L</source>
        <translation>Steifigkeit der Spulenschleife, C2 R^2 / L</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>slope of the diode for |x| &lt; 1</source>
        <translation>Steigung der Diodenkennlinie für |x| &lt; 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>slope of the diode for |x| &gt; 1</source>
        <translation>Steigung der Diodenkennlinie für |x| &gt; 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arneodo</source>
        <translation>Arneodo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A third-order (jerk) equation whose orbits spiral out of a saddle-focus and are reinjected along its stable direction: Shilnikov&apos;s mechanism for chaos.</source>
        <translation>Eine Gleichung dritter Ordnung (Jerk-Gleichung), deren Bahnen spiralförmig aus einem Sattelfokus herauslaufen und entlang seiner stabilen Richtung zurückgeführt werden: Shilnikovs Mechanismus für Chaos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>linear term that pushes x away from 0</source>
        <translation>linearer Term, der x von 0 wegtreibt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>damping of the velocity y</source>
        <translation>Dämpfung der Geschwindigkeit y</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>damping of the acceleration z</source>
        <translation>Dämpfung der Beschleunigung z</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Genesio–Tesi</source>
        <translation>Genesio–Tesi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A feedback control loop with a single quadratic nonlinearity, written as a jerk equation. Its one-scroll attractor sits next to orbits that escape to infinity.</source>
        <translation>Ein Regelkreis mit einer einzigen quadratischen Nichtlinearität, geschrieben als Jerk-Gleichung. Sein Attraktor mit nur einer Spirale liegt dicht neben Bahnen, die ins Unendliche entweichen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>linear restoring force on x</source>
        <translation>lineare Rückstellkraft auf x</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shimizu–Morioka</source>
        <translation>Shimizu–Morioka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A model of a symmetric limit cycle that loses its symmetry; close to the Lorenz system near its homoclinic bifurcations, with a Lorenz-like two-lobed attractor.</source>
        <translation>Ein Modell eines symmetrischen Grenzzyklus, der seine Symmetrie verliert; nahe seinen homoklinen Bifurkationen dem Lorenz-System eng verwandt, mit einem Lorenz-artigen zweiflügeligen Attraktor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>damping of y</source>
        <translation>Dämpfung von y</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Burke–Shaw</source>
        <translation>Burke–Shaw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bill Burke&apos;s variant of the Lorenz equations, studied by Robert Shaw: a two-scroll attractor symmetric under (x, y) -&gt; (-x, -y), fed by the constant drive v in z.</source>
        <translation>Bill Burkes Variante der Lorenz-Gleichungen, untersucht von Robert Shaw: ein Attraktor mit zwei Spiralen, symmetrisch unter (x, y) -&gt; (-x, -y), gespeist durch den konstanten Antrieb v in z.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rate of the rotation and coupling</source>
        <translation>Rate der Rotation und der Kopplung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>constant drive of z</source>
        <translation>konstanter Antrieb von z</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rabinovich–Fabrikant</source>
        <translation>Rabinovich–Fabrikant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amplitude equations for modulational instability of waves in a nonequilibrium medium. Its attractors change shape abruptly with the parameters; small steps are needed near the fast excursions.</source>
        <translation>Amplitudengleichungen für die Modulationsinstabilität von Wellen in einem Nichtgleichgewichtsmedium. Die Attraktoren ändern ihre Form abrupt mit den Parametern; nahe den schnellen Exkursionen sind kleine Zeitschritte nötig.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>growth rate of the unstable wave</source>
        <translation>Wachstumsrate der instabilen Welle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>damping of the medium</source>
        <translation>Dämpfung des Mediums</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thomas</source>
        <translation>Thomas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A damped particle in a three-dimensional lattice of forces, the same law for each axis in turn. Lowering the friction b leads through period doubling to chaos and, at b = 0, to a random walk through the lattice.</source>
        <translation>Ein gedämpftes Teilchen in einem dreidimensionalen Kraftgitter, mit demselben Gesetz, reihum für jede Achse. Eine Verringerung der Reibung b führt über Periodenverdopplung ins Chaos und bei b = 0 zu einer Irrfahrt durch das Gitter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>friction; chaos below about 0.208</source>
        <translation>Reibung; Chaos unterhalb von etwa 0,208</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Halvorsen</source>
        <translation>Halvorsen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A cyclically symmetric quadratic flow: three interlocked lobes that map onto each other under x -&gt; y -&gt; z -&gt; x.</source>
        <translation>Ein zyklisch symmetrischer quadratischer Fluss: drei ineinandergreifende Flügel, die unter x -&gt; y -&gt; z -&gt; x aufeinander abgebildet werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>damping of each variable</source>
        <translation>Dämpfung jeder Variablen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aizawa</source>
        <translation>Aizawa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rotation about the z axis combined with a vertical relaxation oscillation: orbits wind over a sphere-like shell and escape through a tube along the axis. The small x^3 term breaks the rotational symmetry.</source>
        <translation>Rotation um die z-Achse, kombiniert mit einer vertikalen Relaxationsschwingung: Die Bahnen winden sich über eine kugelähnliche Schale und entweichen durch eine Röhre entlang der Achse. Der kleine x^3-Term bricht die Rotationssymmetrie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>growth rate of z near the axis</source>
        <translation>Wachstumsrate von z nahe der Achse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>height at which rotation turns from decaying to growing</source>
        <translation>Höhe, bei der die Rotation von abklingend zu anwachsend wechselt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>constant lift of z</source>
        <translation>konstanter Auftrieb von z</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>angular speed about the z axis</source>
        <translation>Winkelgeschwindigkeit um die z-Achse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>coupling of the radius to the height</source>
        <translation>Kopplung des Radius an die Höhe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>symmetry-breaking x^3 term</source>
        <translation>symmetriebrechender x^3-Term</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wang–Sun four-wing</source>
        <translation>Wang–Sun-Vierflügel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A quadratic flow whose attractor has four wings, two above and two below the x-y plane, visited in an irregular order: a contrast with the two-winged Lorenz family.</source>
        <translation>Ein quadratischer Fluss, dessen Attraktor vier Flügel hat, zwei oberhalb und zwei unterhalb der x-y-Ebene, die in unregelmäßiger Reihenfolge besucht werden: ein Gegenstück zur zweiflügeligen Lorenz-Familie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>self-excitation of x</source>
        <translation>Selbstanregung von x</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weak linear coupling from x to y</source>
        <translation>schwache lineare Kopplung von x auf y</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sakarya</source>
        <translation>Sakarya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A member of the generalised Lorenz family, realised by its authors as an electronic circuit: a broad two-winged attractor.</source>
        <translation>Ein Mitglied der verallgemeinerten Lorenz-Familie, von seinen Autoren als elektronische Schaltung realisiert: ein breiter zweiflügeliger Attraktor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>strength of the x z coupling into y</source>
        <translation>Stärke der Kopplung über x z auf y</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>strength of the x y coupling into z</source>
        <translation>Stärke der Kopplung über x y auf z</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dadras</source>
        <translation>Dadras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A quadratic system built for circuit realisation that, depending on its parameters, shows two-, three- or four-scroll attractors; the defaults give two scrolls.</source>
        <translation>Ein für die Realisierung als Schaltung entworfenes quadratisches System, das je nach Parametern Attraktoren mit zwei, drei oder vier Spiralen zeigt; die Standardwerte ergeben zwei Spiralen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>damping of x</source>
        <translation>Dämpfung von x</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>strength of the y z coupling into x</source>
        <translation>Stärke der Kopplung über y z auf x</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>self-excitation of y</source>
        <translation>Selbstanregung von y</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Newton–Leipnik</source>
        <translation>Newton–Leipnik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Euler&apos;s equations of a rigid body with linear feedback control. Two strange attractors coexist, mirror images of each other; the initial state picks one.</source>
        <translation>Die Eulerschen Gleichungen eines starren Körpers mit linearer Rückkopplungsregelung. Zwei seltsame Attraktoren koexistieren als Spiegelbilder voneinander; der Anfangszustand wählt einen davon aus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>damping of the first angular velocity</source>
        <translation>Dämpfung der ersten Winkelgeschwindigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>feedback gain on the third angular velocity</source>
        <translation>Rückkopplungsverstärkung der dritten Winkelgeschwindigkeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chen–Lee</source>
        <translation>Chen–Lee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A gyrostat (rigid body) whose angular velocities are driven by linear feedback (anti-control of chaos). The attractor is unchanged by a half-turn about the z axis.</source>
        <translation>Ein Gyrostat (starrer Körper), dessen Winkelgeschwindigkeiten durch lineare Rückkopplung angetrieben werden (Antikontrolle von Chaos). Der Attraktor bleibt bei einer halben Drehung um die z-Achse unverändert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>feedback gain on the first axis</source>
        <translation>Rückkopplungsverstärkung auf der ersten Achse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>feedback gain on the second axis</source>
        <translation>Rückkopplungsverstärkung auf der zweiten Achse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>feedback gain on the third axis</source>
        <translation>Rückkopplungsverstärkung auf der dritten Achse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rucklidge</source>
        <translation>Rucklidge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A model of two-dimensional convection with a magnetic field or rotation (double convection): the convection roll reverses its direction at irregular times, as in the Lorenz model.</source>
        <translation>Ein Modell zweidimensionaler Konvektion mit Magnetfeld oder Rotation (doppelte Konvektion): Die Konvektionswalze kehrt zu unregelmäßigen Zeitpunkten ihre Drehrichtung um, wie im Lorenz-Modell.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>damping of the convective motion</source>
        <translation>Dämpfung der Konvektionsbewegung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>driving by the temperature difference</source>
        <translation>Antrieb durch den Temperaturunterschied</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nosé–Hoover</source>
        <translation>Nosé–Hoover</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A harmonic oscillator coupled to a thermostat variable z that holds its mean kinetic energy at a. Time-reversible and volume-preserving on average: a chaotic sea surrounds nested invariant tori, and the initial state decides which one is seen.</source>
        <translation>Ein harmonischer Oszillator, gekoppelt an eine Thermostatvariable z, die seine mittlere kinetische Energie auf a hält. Zeitumkehrbar und im Mittel volumenerhaltend: Ein chaotisches Meer umgibt verschachtelte invariante Tori, und der Anfangszustand entscheidet, was man davon sieht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>target temperature: the mean of y^2 the thermostat enforces</source>
        <translation>Zieltemperatur: der Mittelwert von y^2, den der Thermostat erzwingt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lorenz-84</source>
        <translation>Lorenz-84</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The general circulation of the atmosphere in three modes (also called the Hadley circulation model): x is the westerly wind, y and z a chain of eddies that it drives and that drain it.</source>
        <translation>Die allgemeine Zirkulation der Atmosphäre in drei Moden (auch Hadley-Zirkulationsmodell genannt): x ist der Westwind, y und z sind eine Kette von Wirbeln, die er antreibt und die ihm Energie entziehen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>damping of the westerly wind</source>
        <translation>Dämpfung des Westwinds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rate at which the wind displaces the eddies</source>
        <translation>Rate, mit der der Wind die Wirbel verschiebt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>equator-to-pole heating that drives the wind</source>
        <translation>Heizgefälle vom Äquator zum Pol, das den Wind antreibt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>land-sea heating contrast that drives the eddies</source>
        <translation>Heizkontrast zwischen Land und Meer, der die Wirbel antreibt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rikitake dynamo</source>
        <translation>Rikitake-Dynamo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two coupled disk dynamos, a toy model of the Earth&apos;s magnetic field: the currents x and y reverse sign at irregular intervals, like geomagnetic reversals.</source>
        <translation>Zwei gekoppelte Scheibendynamos, ein Spielzeugmodell des Erdmagnetfelds: Die Ströme x und y wechseln in unregelmäßigen Abständen ihr Vorzeichen, wie bei geomagnetischen Polumkehrungen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resistive dissipation in each disk</source>
        <translation>ohmsche Dissipation in jeder Scheibe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>difference of the two disks&apos; angular velocities</source>
        <translation>Differenz der Winkelgeschwindigkeiten der beiden Scheiben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moore–Spiegel</source>
        <translation>Moore–Spiegel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A thermally excited oscillator: a parcel of gas in a star&apos;s atmosphere, heated and buoyant, oscillating in a magnetic field. Its irregular pulsations were an early example of chaos in astrophysics.</source>
        <translation>Ein thermisch angeregter Oszillator: ein erhitztes Gaspaket mit Auftrieb in einer Sternatmosphäre, das in einem Magnetfeld schwingt. Seine unregelmäßigen Pulsationen waren ein frühes Beispiel für Chaos in der Astrophysik.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restoring force of the magnetic field</source>
        <translation>Rückstellkraft des Magnetfelds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>thermal driving: the buoyancy of the parcel</source>
        <translation>thermischer Antrieb: der Auftrieb des Gaspakets</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finance</source>
        <translation>Finanzsystem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A macroeconomic model in which the interest rate x, the investment demand y and the price index z feed back on each other; rates and prices fluctuate without ever repeating.</source>
        <translation>Ein makroökonomisches Modell, in dem Zinssatz x, Investitionsnachfrage y und Preisindex z aufeinander zurückwirken; Zinsen und Preise schwanken, ohne sich je zu wiederholen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>saving amount</source>
        <translation>Sparbetrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cost per investment</source>
        <translation>Kosten pro Investition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>elasticity of demand</source>
        <translation>Nachfrageelastizität</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bouali</source>
        <translation>Bouali</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An economic cycle model extended with a feedback loop; its attractor has a characteristic long stretched loop next to a compact spiral.</source>
        <translation>Ein Konjunkturzyklusmodell, erweitert um eine Rückkopplungsschleife; sein Attraktor hat eine charakteristische, lang gestreckte Schleife neben einer kompakten Spirale.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>strength of the feedback of z into x</source>
        <translation>Stärke der Rückkopplung von z auf x</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nonlinear coupling of x and z</source>
        <translation>nichtlineare Kopplung von x und z</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diffusionless Lorenz</source>
        <translation>Diffusionsfreies Lorenz-System</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Lorenz equations in the limit of high Rayleigh and Prandtl numbers, where diffusion drops out and one parameter R remains. Same butterfly, simpler algebra.</source>
        <translation>Die Lorenz-Gleichungen im Grenzfall hoher Rayleigh- und Prandtl-Zahlen, in dem die Diffusion wegfällt und ein einziger Parameter R übrig bleibt. Derselbe Schmetterling, einfachere Algebra.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the single driving parameter</source>
        <translation>der einzige Antriebsparameter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sprott A</source>
        <translation>Sprott A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first case of the search, identical to the Nosé–Hoover thermostat: conservative on average, so orbits wander a chaotic sea instead of settling on an attractor.</source>
        <translation>Der erste Fall der Suche, identisch mit dem Nosé–Hoover-Thermostat: im Mittel konservativ, daher irren die Bahnen durch ein chaotisches Meer, statt sich auf einem Attraktor niederzulassen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sprott B</source>
        <translation>Sprott B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Five terms and two quadratic nonlinearities: a dissipative two-lobed attractor symmetric under (x, y) -&gt; (-x, -y).</source>
        <translation>Fünf Terme und zwei quadratische Nichtlinearitäten: ein dissipativer zweiflügeliger Attraktor, symmetrisch unter (x, y) -&gt; (-x, -y).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sprott C</source>
        <translation>Sprott C</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case B with x^2 in place of x y in the last equation: the two lobes are joined differently but the attractor keeps the same symmetry.</source>
        <translation>Fall B mit x^2 anstelle von x y in der letzten Gleichung: Die beiden Flügel sind anders verbunden, aber der Attraktor behält dieselbe Symmetrie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sprott D</source>
        <translation>Sprott D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A rotation in x-y coupled to z through x z and 3 y^2; the single equilibrium at the origin is the only one and the attractor winds around it.</source>
        <translation>Eine Rotation in x-y, über x z und 3 y^2 an z gekoppelt; der Gleichgewichtspunkt im Ursprung ist der einzige, und der Attraktor windet sich um ihn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sprott E</source>
        <translation>Sprott E</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Five terms with two quadratic nonlinearities and a single equilibrium, around which the attractor winds.</source>
        <translation>Fünf Terme mit zwei quadratischen Nichtlinearitäten und einem einzigen Gleichgewichtspunkt, um den sich der Attraktor windet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sprott F</source>
        <translation>Sprott F</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An unstable oscillation in x-y (its growth set by a) reinjected by the single nonlinearity x^2: a Rössler-like folded band.</source>
        <translation>Eine instabile Schwingung in x-y (ihr Anwachsen bestimmt a), zurückgeführt durch die einzige Nichtlinearität x^2: ein gefaltetes Band wie beim Rössler-System.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>growth rate of the oscillation in the x-y plane</source>
        <translation>Wachstumsrate der Schwingung in der x-y-Ebene</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sprott G</source>
        <translation>Sprott G</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A self-excited x (rate a) held in check only through the product x z that feeds y.</source>
        <translation>Ein selbsterregtes x (Rate a), das nur über das Produkt x z, das y speist, in Schach gehalten wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sprott H</source>
        <translation>Sprott H</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Like case F an unstable x-y oscillation, but folded back by z^2 in the first equation, where z lags behind x.</source>
        <translation>Wie Fall F eine instabile x-y-Schwingung, aber durch z^2 in der ersten Gleichung zurückgefaltet, wobei z hinter x herläuft.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sprott I</source>
        <translation>Sprott I</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A weakly chaotic case (small Lyapunov exponent): a slow rotation in x-y set by a, folded by y^2.</source>
        <translation>Ein schwach chaotischer Fall (kleiner Lyapunov-Exponent): eine durch a bestimmte langsame Rotation in x-y, gefaltet durch y^2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>frequency factor of the x-y rotation</source>
        <translation>Frequenzfaktor der x-y-Rotation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sprott J</source>
        <translation>Sprott J</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A single quadratic nonlinearity y^2 with strongly damped y; orbits make long excursions in x.</source>
        <translation>Eine einzige quadratische Nichtlinearität y^2 bei stark gedämpftem y; die Bahnen machen weite Ausflüge in x.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sprott K</source>
        <translation>Sprott K</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A growing z (rate a) pushes x down, while x is limited only through the product x y with its lagging copy y.</source>
        <translation>Ein wachsendes z (Rate a) drückt x nach unten, während x nur über das Produkt x y mit seiner nachlaufenden Kopie y begrenzt wird.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>growth rate of z</source>
        <translation>Wachstumsrate von z</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sprott L</source>
        <translation>Sprott L</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A single quadratic term a x^2, with z integrating the offset of x from 1; the attractor surrounds the only equilibrium.</source>
        <translation>Ein einziger quadratischer Term a x^2, wobei z die Abweichung von x gegenüber 1 aufintegriert; der Attraktor umgibt den einzigen Gleichgewichtspunkt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>strength of the x^2 nonlinearity</source>
        <translation>Stärke der Nichtlinearität x^2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>coupling of z into x</source>
        <translation>Kopplung von z auf x</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sprott M</source>
        <translation>Sprott M</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An oscillation in x-z kept going by a and bent by y, which follows -x^2.</source>
        <translation>Eine Schwingung in x-z, durch a aufrechterhalten und durch y verbogen, das -x^2 folgt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drive and stiffness of the x-z oscillation</source>
        <translation>Antrieb und Steifigkeit der x-z-Schwingung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sprott N</source>
        <translation>Sprott N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A rotation in x-y fed by z^2, where z relaxes quickly towards (1 + y) / 2.</source>
        <translation>Eine Rotation in x-y, gespeist durch z^2, wobei z schnell gegen (1 + y) / 2 relaxiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sprott O</source>
        <translation>Sprott O</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A second-order oscillator in x with z acting as a nonlinear, velocity-driven spring through x z and a y.</source>
        <translation>Ein Oszillator zweiter Ordnung in x, bei dem z über x z und a y als nichtlineare, von der Geschwindigkeit getriebene Feder wirkt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>velocity feedback into z</source>
        <translation>Geschwindigkeitsrückkopplung auf z</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sprott P</source>
        <translation>Sprott P</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An x-y rotation (frequency set by a) destabilised by y^2 and stirred by z, the running sum of x + y.</source>
        <translation>Eine x-y-Rotation (Frequenz durch a bestimmt), destabilisiert durch y^2 und aufgerührt durch z, die laufende Summe von x + y.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>coupling of y into x: the rotation frequency</source>
        <translation>Kopplung von y auf x: die Rotationsfrequenz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sprott Q</source>
        <translation>Sprott Q</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An unstable x-z oscillation (growth b) where y follows x with a lag and folds the orbit through y^2.</source>
        <translation>Eine instabile x-z-Schwingung (Wachstum b), bei der y dem x verzögert folgt und die Bahn über y^2 faltet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stiffness of the x-z oscillation</source>
        <translation>Steifigkeit der x-z-Schwingung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sprott R</source>
        <translation>Sprott R</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two constant drives a and b with the single product x y as nonlinearity; the attractor surrounds the only equilibrium.</source>
        <translation>Zwei konstante Antriebe a und b mit dem einzigen Produkt x y als Nichtlinearität; der Attraktor umgibt den einzigen Gleichgewichtspunkt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>constant drive of x</source>
        <translation>konstanter Antrieb von x</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>constant drive of y</source>
        <translation>konstanter Antrieb von y</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sprott S</source>
        <translation>Sprott S</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last case of the list: a damped x-y rotation driven by z^2, where z integrates 1 + x.</source>
        <translation>Der letzte Fall der Liste: eine gedämpfte x-y-Rotation, angetrieben durch z^2, wobei z den Ausdruck 1 + x aufintegriert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sprott jerk</source>
        <translation>Sprott-Jerk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The algebraically simplest dissipative chaotic flow known: the third derivative of x (the jerk) depends on one quadratic term. Chaos lives only in a narrow window of a around 2.02.</source>
        <translation>Der algebraisch einfachste bekannte dissipative chaotische Fluss: Die dritte Ableitung von x (der Ruck, engl. jerk) hängt von einem einzigen quadratischen Term ab. Chaos gibt es nur in einem schmalen Fenster von a um 2,02.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>damping of the acceleration; chaotic for 2.0168 &lt; A &lt; 2.0577</source>
        <translation>Dämpfung der Beschleunigung; chaotisch für 2,0168 &lt; A &lt; 2,0577</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duffing</source>
        <translation>Duffing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A periodically forced oscillator with a cubic spring; with alpha &lt; 0 it is a particle in a double well, shaken hard enough to hop between the wells at random. A stroboscopic view at the forcing period shows the fractal attractor.</source>
        <translation>Ein periodisch angetriebener Oszillator mit kubischer Feder; mit alpha &lt; 0 ist er ein Teilchen in einem Doppelmuldenpotential, das so stark geschüttelt wird, dass es zufällig zwischen den Mulden hin- und herspringt. Eine stroboskopische Darstellung im Takt der Antriebsperiode zeigt den fraktalen Attraktor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>damping</source>
        <translation>Dämpfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>linear stiffness; negative makes a double well</source>
        <translation>lineare Steifigkeit; ein negativer Wert ergibt eine Doppelmulde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cubic stiffness</source>
        <translation>kubische Steifigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forcing amplitude</source>
        <translation>Antriebsamplitude</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forcing angular frequency</source>
        <translation>Kreisfrequenz des Antriebs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forced van der Pol</source>
        <translation>Erzwungener Van-der-Pol-Oszillator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A self-sustained relaxation oscillator (a triode circuit, a heartbeat) driven periodically. Between the frequency-locked windows the response is chaotic.</source>
        <translation>Ein selbsterregter Relaxationsoszillator (eine Triodenschaltung, ein Herzschlag) mit periodischem Antrieb. Zwischen den Fenstern der Frequenzmitnahme ist die Antwort chaotisch.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>strength of the nonlinear damping</source>
        <translation>Stärke der nichtlinearen Dämpfung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Double pendulum</source>
        <translation>Doppelpendel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A pendulum hanging from a pendulum, both with equal masses and lengths, without friction. At low energy it swings regularly; started high, as here, it tumbles chaotically while conserving energy.</source>
        <translation>Ein Pendel, das an einem Pendel hängt, beide mit gleichen Massen und Längen, ohne Reibung. Bei niedriger Energie schwingt es regelmäßig; hoch gestartet wie hier, überschlägt es sich chaotisch, wobei die Energie erhalten bleibt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gravitational acceleration</source>
        <translation>Fallbeschleunigung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>length of each rod</source>
        <translation>Länge jeder Stange</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hindmarsh–Rose</source>
        <translation>Hindmarsh–Rose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A neuron model: x is the membrane potential, y a fast recovery current and z a slow adaptation current. With this injected current the cell fires bursts of spikes whose lengths vary chaotically; watch x against time.</source>
        <translation>Ein Neuronenmodell: x ist das Membranpotential, y ein schneller Erholungsstrom und z ein langsamer Adaptationsstrom. Mit diesem injizierten Strom feuert die Zelle Salven von Aktionspotentialen (Bursts), deren Länge chaotisch variiert; betrachten Sie x über der Zeit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cubic term of the fast subsystem</source>
        <translation>kubischer Term des schnellen Teilsystems</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quadratic term of the fast subsystem</source>
        <translation>quadratischer Term des schnellen Teilsystems</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>constant drive of the recovery current</source>
        <translation>konstanter Antrieb des Erholungsstroms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>coupling of the potential into the recovery current</source>
        <translation>Kopplung des Potentials auf den Erholungsstrom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rate of the slow adaptation current</source>
        <translation>Rate des langsamen Adaptationsstroms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>strength of the adaptation</source>
        <translation>Stärke der Adaptation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resting potential the adaptation refers to</source>
        <translation>Ruhepotential, auf das sich die Adaptation bezieht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>injected current</source>
        <translation>injizierter Strom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lorenz-96</source>
        <translation>Lorenz-96</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A ring of N sites along a latitude circle carrying a weather-like quantity: advection by the neighbours, damping and forcing F. For F = 8 waves travel round the ring and break chaotically; raising N adds more unstable directions.</source>
        <translation>Ein Ring aus N Gitterpunkten entlang eines Breitenkreises, die eine wetterähnliche Größe tragen: Advektion durch die Nachbarn, Dämpfung und Antrieb F. Bei F = 8 laufen Wellen um den Ring und brechen chaotisch; ein größeres N fügt weitere instabile Richtungen hinzu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forcing; chaos sets in above about F = 5</source>
        <translation>Antrieb; Chaos setzt oberhalb von etwa F = 5 ein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number of sites on the ring</source>
        <translation>Anzahl der Gitterpunkte auf dem Ring</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lorenz–Stenflo</source>
        <translation>Lorenz–Stenflo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lorenz&apos;s convection equations extended by a fourth mode for low-frequency acoustic-gravity waves in a rotating atmosphere; s measures the rotation.</source>
        <translation>Die Lorenzschen Konvektionsgleichungen, erweitert um eine vierte Mode für niederfrequente akustische Schwerewellen in einer rotierenden Atmosphäre; s misst die Rotation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prandtl number</source>
        <translation>Prandtl-Zahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>geometric factor</source>
        <translation>Geometriefaktor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rayleigh number: the driving</source>
        <translation>Rayleigh-Zahl: der Antrieb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rotation number</source>
        <translation>Rotationszahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hyperchaotic Rössler</source>
        <translation>Hyperchaotisches Rössler-System</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first hyperchaotic flow: a fourth variable w adds a second unstable direction, so nearby orbits separate along two directions at once (two positive Lyapunov exponents).</source>
        <translation>Der erste hyperchaotische Fluss: Eine vierte Variable w fügt eine zweite instabile Richtung hinzu, sodass benachbarte Bahnen sich gleichzeitig entlang zweier Richtungen trennen (zwei positive Lyapunov-Exponenten).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>coupling of z into w</source>
        <translation>Kopplung von z auf w</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>self-excitation of w</source>
        <translation>Selbstanregung von w</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../widgets/scenes/latent/latent_window.cpp" line="+73"/>
        <source>Choose a dataset</source>
        <translation>Datensatz wählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shape</source>
        <translation>Form</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Load</source>
        <translation>Laden</translation>
    </message>
</context>
<context>
    <name>SceneSettings</name>
    <message>
        <location filename="../widgets/panels/setting_texts.cpp" line="+11"/>
        <source>temperature (energy units)</source>
        <translation>Temperatur (in Energieeinheiten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>friction coefficient</source>
        <translation>Reibungskoeffizient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>particle mass (underdamped methods)</source>
        <translation>Teilchenmasse (unterdämpfte Verfahren)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time step</source>
        <translation>Zeitschritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>amplitude of the periodic force F cos(ωt) along x</source>
        <translation>Amplitude der periodischen Kraft F cos(ωt) entlang x</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>angular frequency ω of the periodic force</source>
        <translation>Kreisfrequenz ω der periodischen Kraft</translation>
    </message>
</context>
<context>
    <name>flowscope::AnalysisPanel</name>
    <message>
        <location filename="../widgets/scenes/chaotic/analysis_panel.cpp" line="+22"/>
        <source>Lyapunov</source>
        <translation>Lyapunov</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poincaré</source>
        <translation>Poincaré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orbit diagram</source>
        <translation>Orbitdiagramm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lyapunov spectrum and Kaplan–Yorke dimension</source>
        <translation>Lyapunov-Spektrum und Kaplan–Yorke-Dimension</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crossings of the trajectory with a plane</source>
        <translation>Durchstoßpunkte der Trajektorie durch eine Ebene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maxima of a variable as a parameter varies</source>
        <translation>Maxima einer Variablen in Abhängigkeit von einem Parameter</translation>
    </message>
</context>
<context>
    <name>flowscope::AnalysisTab</name>
    <message>
        <location filename="../widgets/scenes/chaotic/analysis_tab.cpp" line="+40"/>
        <source>Compute</source>
        <translation>Berechnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>Choose the settings and press Compute.</source>
        <translation>Wählen Sie die Einstellungen und klicken Sie auf „Berechnen“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Computing for the previous parameters…</source>
        <translation>Berechnung für die vorherigen Parameter läuft…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no system to analyse yet.</source>
        <translation>Es gibt noch kein System, das analysiert werden kann.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Computing…</source>
        <translation>Berechnung läuft…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Done in %1 s.</source>
        <translation>Fertig in %1 s.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This result belongs to the previous parameters; press Compute to update it.</source>
        <translation>Dieses Ergebnis gehört zu den vorherigen Parametern; klicken Sie auf „Berechnen“, um es zu aktualisieren.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 asks for %2 steps of %3; at most %4 are allowed: shorten it or raise the time step.</source>
        <translation>%1 erfordert %2 Schritte der Weite %3; erlaubt sind höchstens %4: Verkürzen Sie die Zeit oder vergrößern Sie den Zeitschritt.</translation>
    </message>
</context>
<context>
    <name>flowscope::BridgeWindow</name>
    <message>
        <location filename="../widgets/scenes/bridge/bridge_window.cpp" line="+69"/>
        <source>Schrödinger bridges</source>
        <translation>Schrödinger-Brücken</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Source and target</source>
        <translation>Quelle und Ziel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>two clouds</source>
        <translation>zwei Wolken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>snapshots (multi-marginal)</source>
        <translation>Momentaufnahmen (multimarginal)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>gauss:MEAN;COVARIANCE, builtin:ID, a mixture .json or a point file (.npy, .csv)</source>
        <translation>gauss:MITTEL;KOVARIANZ, builtin:ID, eine Mischung .json oder eine Punktdatei (.npy, .csv)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Source file…</source>
        <translation>Quelldatei…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target file…</source>
        <translation>Zieldatei…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Points drawn from each distribution (point files keep theirs)</source>
        <translation>Aus jeder Verteilung gezogene Punkte (Punktdateien behalten ihre)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Points per side</source>
        <translation>Punkte je Seite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reference process</source>
        <translation>Referenzprozess</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Small σ: close to optimal transport; large σ: close to the independent coupling</source>
        <translation>Kleines σ: nahe am optimalen Transport; großes σ: nahe an der unabhängigen Kopplung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Brownian (θ = 0)</source>
        <translation>Brownsch (θ = 0)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>θ &gt; 0: an Ornstein–Uhlenbeck reference dX = −θ X dt + σ dW</source>
        <translation>θ &gt; 0: eine Ornstein-Uhlenbeck-Referenz dX = −θ X dt + σ dW</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none (Brownian or OU)</source>
        <translation>keines (Brownsch oder OU)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A Langevin potential&apos;s drift −∇U as the reference, linearised over the clouds</source>
        <translation>Die Drift −∇U eines Langevin-Potentials als Referenz, über den Wolken linearisiert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Paths drawn as lines (300 particles move along the bridge)</source>
        <translation>Als Linien gezeichnete Pfade (300 Teilchen bewegen sich entlang der Brücke)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Snapshots: rounds of fitting A x + b to the paths and rebuilding the bridges</source>
        <translation>Momentaufnahmen: Runden, in denen A x + b an die Pfade angepasst und die Brücken neu gebaut werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>space-time (x, y, t)</source>
        <translation>Raumzeit (x, y, t)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snapshots CSV…</source>
        <translation>Momentaufnahmen-CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CSV with a time column and coordinate columns; without one, a demo</source>
        <translation>Eine CSV mit einer Zeitspalte und Koordinatenspalten; ohne sie ein Beispiel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>σ</source>
        <translation>σ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OU rate θ</source>
        <translation>OU-Rate θ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Langevin U</source>
        <translation>Langevin-U</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps per path</source>
        <translation>Schritte je Pfad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paths drawn</source>
        <translation>Gezeichnete Pfade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coupling lines</source>
        <translation>Kopplungslinien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refinements</source>
        <translation>Verfeinerungen</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+3"/>
        <location line="+50"/>
        <location line="+302"/>
        <source>σ = %1</source>
        <translation>σ = %1</translation>
    </message>
    <message>
        <location line="-333"/>
        <source>Open Points</source>
        <translation>Punkte öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points or mixtures (*.npy *.csv *.json)</source>
        <translation>Punkte oder Mischungen (*.npy *.csv *.json)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open Snapshots</source>
        <translation>Momentaufnahmen öffnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Snapshots (*.csv)</source>
        <translation>Momentaufnahmen (*.csv)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Bridging the snapshots…</source>
        <translation>Momentaufnahmen werden überbrückt…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot bridge the snapshots: %1</source>
        <translation>Die Momentaufnahmen können nicht überbrückt werden: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Snapshots bridged</source>
        <translation>Momentaufnahmen überbrückt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snapshots bridged; some Sinkhorn runs did not converge</source>
        <translation>Momentaufnahmen überbrückt; einige Sinkhorn-Läufe konvergierten nicht</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Solving the bridge…</source>
        <translation>Brücke wird gelöst…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot build the bridge: %1</source>
        <translation>Die Brücke kann nicht gebaut werden: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sinkhorn converged in %1 iterations (marginal error %2)</source>
        <translation>Sinkhorn konvergierte in %1 Iterationen (Randfehler %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sinkhorn did not converge: %1</source>
        <translation>Sinkhorn konvergierte nicht: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>sigma = %1, reference %2</source>
        <translation>sigma = %1, Referenz %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>snapshots: fitted drift A x + b</source>
        <translation>Momentaufnahmen: angepasste Drift A x + b</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>t = %1</source>
        <translation>t = %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Mean |x − y|² over the coupled pairs: &lt;b&gt;%1&lt;/b&gt; (independent pairs: %2)</source>
        <translation>Mittleres |x − y|² der gekoppelten Paare: &lt;b&gt;%1&lt;/b&gt; (unabhängige Paare: %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;br&gt;Reference %1: drift A x + b with A = %2, b = (%3), fitting −∇U over the clouds with R² = %4</source>
        <translation>&lt;br&gt;Referenz %1: Drift A x + b mit A = %2, b = (%3), passt −∇U über den Wolken mit R² = %4 an</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;br&gt;At t = %1 — closed form: mean (%2, %3), covariance %4; sample of %5 paths: mean (%6, %7), covariance %8</source>
        <translation>&lt;br&gt;Bei t = %1 — geschlossene Form: Mittel (%2, %3), Kovarianz %4; Stichprobe aus %5 Pfaden: Mittel (%6, %7), Kovarianz %8</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;br&gt;The closed form is shown when both ends are Gaussian (gauss: literals or one-component mixtures).</source>
        <translation>&lt;br&gt;Die geschlossene Form erscheint, wenn beide Enden gaußsch sind (gauss:-Angaben oder Mischungen mit einer Komponente).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 snapshots at t = %2</source>
        <translation>%1 Momentaufnahmen bei t = %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>; true drift A = %1</source>
        <translation>; wahre Drift A = %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;br&gt;Round %1: fitted A = %2, b = (%3), change %4</source>
        <translation>&lt;br&gt;Runde %1: angepasstes A = %2, b = (%3), Änderung %4</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>This is not a Schrödinger bridge scene state.</source>
        <translation>Dies ist kein Szenenzustand einer Schrödinger-Brücke.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is not a two-dimensional potential.</source>
        <translation>„%1“ ist kein zweidimensionales Potential.</translation>
    </message>
</context>
<context>
    <name>flowscope::ChaoticWindow</name>
    <message>
        <location filename="../widgets/scenes/chaotic/chaotic_window.cpp" line="+66"/>
        <source>Computing…</source>
        <translation>Berechnung läuft…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 attractor</source>
        <translation>%1-Attraktor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Systems</source>
        <translation>Systeme</translation>
    </message>
    <message>
        <location line="+16"/>
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
        <location line="+10"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ensemble</source>
        <translation>Ensemble</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Parameter plane</source>
        <translation>Parameterebene</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Equations</source>
        <translation>Gleichungen</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <source>Open Equations</source>
        <translation>Gleichungen öffnen</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+12"/>
        <source>Equations (*.txt *.eq);;All files (*)</source>
        <translation>Gleichungen (*.txt *.eq);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+4"/>
        <source>Save Equations</source>
        <translation>Gleichungen speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+101"/>
        <location line="+12"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export Trajectory…</source>
        <translation>Trajektorie &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save &amp;Screenshot…</source>
        <translation>Bildschirm&amp;foto speichern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open Equations…</source>
        <translation>&amp;Gleichungen öffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save E&amp;quations…</source>
        <translation>Gleichungen &amp;speichern…</translation>
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
        <location line="+4"/>
        <source>&amp;Parameters</source>
        <translation>&amp;Parameter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Systems</source>
        <translation>&amp;Systeme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Equations</source>
        <translation>&amp;Gleichungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;nsemble</source>
        <translation>&amp;Ensemble</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Analysis</source>
        <translation>&amp;Analyse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Parameter &amp;Plane</source>
        <translation>&amp;Parameterebene</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 points computed in %2 ms</source>
        <translation>%1 Punkte in %2 ms berechnet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
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
        <location line="+8"/>
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
        <location line="+29"/>
        <source>This is not a chaotic-system scene state.</source>
        <translation>Dies ist kein Szenenzustand eines chaotischen Systems.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The system has no parameter &apos;%1&apos;.</source>
        <translation>Das System hat keinen Parameter „%1“.</translation>
    </message>
</context>
<context>
    <name>flowscope::DiffusionWindow</name>
    <message>
        <location filename="../widgets/scenes/diffusion/diffusion_window.cpp" line="+64"/>
        <source>Diffusion sampling: ODE vs SDE</source>
        <translation>Diffusions-Sampling: ODE gegen SDE</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>From the noise end (left, t = 1) to the data end (right)</source>
        <translation>Vom Rauschende (links, t = 1) zum Datenende (rechts)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>noise</source>
        <translation>Rauschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sweep steps</source>
        <translation>Schrittzahlen durchlaufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rerun both samplers with 2 to 500 steps (2,000 particles) and plot a metric</source>
        <translation>Beide Sampler mit 2 bis 500 Schritten neu rechnen (2.000 Teilchen) und ein Maß auftragen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sliced W2 to the target</source>
        <translation>Sliced-W2 zum Ziel</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+631"/>
        <source>energy distance</source>
        <translation>Energiedistanz</translation>
    </message>
    <message>
        <location line="-631"/>
        <location line="+632"/>
        <source>mean log-likelihood</source>
        <translation>mittlere Log-Likelihood</translation>
    </message>
    <message>
        <location line="-631"/>
        <source>ODE–SDE sliced W2</source>
        <translation>Sliced-W2 zwischen ODE und SDE</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>diffusion: ODE vs SDE</source>
        <translation>Diffusion: ODE gegen SDE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stochastic interpolant: ε = 0 vs ε</source>
        <translation>stochastischer Interpolant: ε = 0 gegen ε</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>N(0, I)</source>
        <translation>N(0, I)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>linear: α = 1 − t, β = t</source>
        <translation>linear: α = 1 − t, β = t</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trigonometric: α = cos(πt/2), β = sin(πt/2)</source>
        <translation>trigonometrisch: α = cos(πt/2), β = sin(πt/2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>γ(t) = G √(t(1 − t)): latent noise in the interpolant (0: none)</source>
        <translation>γ(t) = G √(t(1 − t)): latentes Rauschen im Interpolanten (0: keines)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The right side&apos;s diffusion ε: every ε has the same marginals ρ_t</source>
        <translation>Die Diffusion ε der rechten Seite: jedes ε hat dieselben Randverteilungen ρ_t</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpolant</source>
        <translation>Interpolant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>γ scale G</source>
        <translation>γ-Skala G</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ε (right)</source>
        <translation>ε (rechts)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>edited mixture</source>
        <translation>bearbeitete Mischung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distribution</source>
        <translation>Verteilung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load JSON…</source>
        <translation>JSON laden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load points…</source>
        <translation>Punkte laden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A point set (CSV with a header, or NPY, N x 2 or N x 3), smoothed into a mixture</source>
        <translation>Eine Punktmenge (CSV mit Kopfzeile oder NPY, N x 2 oder N x 3), zu einer Mischung geglättet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save JSON…</source>
        <translation>JSON speichern…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sampling</source>
        <translation>Sampling</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>VP (linear β)</source>
        <translation>VP (lineares β)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VE (geometric σ)</source>
        <translation>VE (geometrisches σ)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Metrics use all particles; at most 4,000 are drawn</source>
        <translation>Die Maße nutzen alle Teilchen; höchstens 4.000 werden gezeichnet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>η family (η = 1: reverse SDE)</source>
        <translation>η-Familie (η = 1: Rückwärts-SDE)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>predictor–corrector</source>
        <translation>Prädiktor–Korrektor</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>η = 0: the probability-flow ODE; η = 1: the reverse SDE; every η has the same marginals</source>
        <translation>η = 0: die Probability-Flow-ODE; η = 1: die Rückwärts-SDE; jedes η hat dieselben Randverteilungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Particles</source>
        <translation>Teilchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left: ODE</source>
        <translation>Links: ODE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>η</source>
        <translation>η</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Score error</source>
        <translation>Score-Fehler</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none (exact score)</source>
        <translation>keiner (exakter Score)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scale: score × F</source>
        <translation>Skala: Score × F</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blur: target widened by S</source>
        <translation>Unschärfe: Ziel um S verbreitert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bias: F added to the score</source>
        <translation>Versatz: F zum Score addiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weights: wrong mixture weights</source>
        <translation>Gewichte: falsche Mischungsgewichte</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F or S</source>
        <translation>F oder S</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exact density p_t (2-D)</source>
        <translation>exakte Dichte p_t (2-D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour: log p_t over 10 e-folds below its maximum</source>
        <translation>Farbe: log p_t über 10 e-Faktoren unter dem Maximum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>trails</source>
        <translation>Spuren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>space-time (x, y, t)</source>
        <translation>Raumzeit (x, y, t)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Whole paths</source>
        <translation>Ganze Pfade</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Load Mixture</source>
        <translation>Mischung laden</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+9"/>
        <source>Mixtures (*.json)</source>
        <translation>Mischungen (*.json)</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Load Points</source>
        <translation>Punkte laden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Point sets (*.csv *.npy)</source>
        <translation>Punktmengen (*.csv *.npy)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save Mixture</source>
        <translation>Mischung speichern</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+3"/>
        <location line="+382"/>
        <location line="+150"/>
        <source>η = %1</source>
        <translation>η = %1</translation>
    </message>
    <message>
        <location line="-504"/>
        <location line="+43"/>
        <source>A smoothed point set (%1 points, bandwidth %2): not edited as a table</source>
        <translation>Eine geglättete Punktmenge (%1 Punkte, Bandbreite %2): nicht als Tabelle bearbeitbar</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+15"/>
        <source>Cannot load %1: %2</source>
        <translation>%1 kann nicht geladen werden: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Loaded %1 points from %2</source>
        <translation>%1 Punkte aus %2 geladen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The target is a smoothed point set; only mixtures are saved as JSON</source>
        <translation>Das Ziel ist eine geglättete Punktmenge; nur Mischungen werden als JSON gespeichert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Score error: %1</source>
        <translation>Score-Fehler: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Interpolant: &apos;%1&apos; is %2-D and the target %3-D</source>
        <translation>Interpolant: &apos;%1&apos; ist %2-D, das Ziel %3-D</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Sampling…</source>
        <translation>Sampling…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 particles × %2 steps, both samplers, in %3 s</source>
        <translation>%1 Teilchen × %2 Schritte, beide Sampler, in %3 s</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The step sweep is for diffusion samplers</source>
        <translation>Der Schrittzahl-Durchlauf ist für Diffusions-Sampler</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sweeping the step count…</source>
        <translation>Schrittzahlen werden durchlaufen…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Swept %1 step counts</source>
        <translation>%1 Schrittzahlen durchlaufen</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>interpolant ODE (epsilon = 0)</source>
        <translation>Interpolant-ODE (epsilon = 0)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interpolant SDE (epsilon = %1)</source>
        <translation>Interpolant-SDE (epsilon = %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ODE (probability flow, %1)</source>
        <translation>ODE (Probability Flow, %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>predictor-corrector</source>
        <translation>Praediktor-Korrektor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reverse SDE (eta = 1)</source>
        <translation>Rueckwaerts-SDE (eta = 1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>eta = %1</source>
        <translation>eta = %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>   NFE %1</source>
        <translation>   NFE %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>   stopped: %1</source>
        <translation>   angehalten: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>t = %1   frame %2 of %3</source>
        <translation>t = %1   Bild %2 von %3</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>ε = %1</source>
        <translation>ε = %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PC</source>
        <translation>PK</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+18"/>
        <source>ε = 0</source>
        <translation>ε = 0</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+18"/>
        <location line="+12"/>
        <source>ODE</source>
        <translation>ODE</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>sliced W2 to target</source>
        <translation>Sliced-W2 zum Ziel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>score evaluations</source>
        <translation>Score-Auswertungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mode weights</source>
        <translation>Modengewichte</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;p&gt;Target: mean log-likelihood of its own samples %1.&lt;br&gt;%2 ↔ %3 sliced W2: &lt;b&gt;%4&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ziel: mittlere Log-Likelihood eigener Stichproben %1.&lt;br&gt;Sliced-W2 %2 ↔ %3: &lt;b&gt;%4&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>log10(steps)</source>
        <translation>log10(Schritte)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>right sampler</source>
        <translation>rechter Sampler</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ODE ↔ SDE</source>
        <translation>ODE ↔ SDE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>This is not a diffusion scene state.</source>
        <translation>Dies ist kein Szenenzustand einer Diffusion.</translation>
    </message>
</context>
<context>
    <name>flowscope::EnsemblePanel</name>
    <message>
        <location filename="../widgets/scenes/chaotic/ensemble_panel.cpp" line="+22"/>
        <source>Animate an ensemble</source>
        <translation>Ensemble animieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restart cloud</source>
        <translation>Wolke neu starten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Number of trajectories, started in a small ball on the attractor</source>
        <translation>Anzahl der Trajektorien, gestartet in einer kleinen Kugel auf dem Attraktor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Integration steps between two frames: the speed of the animation</source>
        <translation>Integrationsschritte zwischen zwei Bildern: die Geschwindigkeit der Animation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Particles</source>
        <translation>Teilchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps per frame</source>
        <translation>Schritte pro Bild</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>t = %1</source>
        <translation>t = %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(%1 blew up)</source>
        <translation>(%1 divergiert)</translation>
    </message>
</context>
<context>
    <name>flowscope::EquationEditor</name>
    <message>
        <location filename="../widgets/panels/equation_editor.cpp" line="+26"/>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The name the system gets in the gallery</source>
        <translation>Der Name, den das System in der Galerie erhält</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Compile the equations and show the system (Ctrl+Enter)</source>
        <translation>Die Gleichungen kompilieren und das System anzeigen (Strg+Eingabe)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>Compiled: %n variable(s).</source>
        <translation>
            <numerusform>Kompiliert: %n Variable.</numerusform>
            <numerusform>Kompiliert: %n Variablen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is larger than 1 MiB: not an equations file.</source>
        <translation>%1 ist größer als 1 MiB: keine Gleichungsdatei.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>flowscope::JobRunner</name>
    <message>
        <location filename="../widgets/panels/job_runner.cpp" line="+37"/>
        <source>Not enough memory for this computation.</source>
        <translation>Nicht genügend Speicher für diese Berechnung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Internal error: %1</source>
        <translation>Interner Fehler: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Internal error: an unknown exception in the computation.</source>
        <translation>Interner Fehler: eine unbekannte Ausnahme in der Berechnung.</translation>
    </message>
</context>
<context>
    <name>flowscope::JobStatusWidget</name>
    <message>
        <location filename="../widgets/scenes/common/job_status_widget.cpp" line="+18"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the running computation</source>
        <translation>Die laufende Berechnung anhalten</translation>
    </message>
</context>
<context>
    <name>flowscope::LangevinWindow</name>
    <message>
        <location filename="../widgets/scenes/langevin/langevin_window.cpp" line="+50"/>
        <source>Langevin dynamics</source>
        <translation>Langevin-Dynamik</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>em, lm: overdamped; baoab, em-underdamped: underdamped (use the mass)</source>
        <translation>em, lm: überdämpft; baoab, em-underdamped: unterdämpft (mit Masse)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Surface (3-D)</source>
        <translation>Fläche (3-D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map (2-D, contours)</source>
        <translation>Karte (2-D, Höhenlinien)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The potential as a height surface, or seen from above with contour lines of U</source>
        <translation>Das Potential als Höhenfläche oder von oben gesehen mit Höhenlinien von U</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type U in x (and y): the gradient is computed numerically</source>
        <translation>U in x (und y) eingeben: Der Gradient wird numerisch berechnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use</source>
        <translation>Verwenden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Potential</source>
        <translation>Potential</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typed U</source>
        <translation>Eingegebenes U</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Particles</source>
        <translation>Teilchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps per frame</source>
        <translation>Schritte pro Bild</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Potential parameters</source>
        <translation>Potentialparameter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dynamics</source>
        <translation>Dynamik</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+3"/>
        <location line="+11"/>
        <source>t</source>
        <translation>t</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>total variation</source>
        <translation>Totalvariation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Distance of the particles to</source>
        <translation>Abstand der Teilchen zu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mean energy</source>
        <translation>Mittlere Energie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phase space</source>
        <translation>Phasenraum</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>v_x</source>
        <translation>v_x</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Density along x</source>
        <translation>Dichte entlang x</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>density</source>
        <translation>Dichte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Particles (histogram) against the Fokker–Planck solution from the same start and the Boltzmann density</source>
        <translation>Teilchen (Histogramm) gegen die Fokker-Planck-Lösung vom selben Start und die Boltzmann-Dichte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Variance along x</source>
        <translation>Varianz entlang x</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>variance</source>
        <translation>Varianz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ornstein–Uhlenbeck: the particles&apos; variance against the exact one</source>
        <translation>Ornstein-Uhlenbeck: Varianz der Teilchen gegen die exakte</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+2"/>
        <source>Advance %1 steps</source>
        <translation>Um %1 Schritte weiterrechnen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Typed potential, column %1: %2</source>
        <translation>Eingegebenes Potential, Spalte %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Typed potential: %1</source>
        <translation>Eingegebenes Potential: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+288"/>
        <source>Typed: %1</source>
        <translation>Eingegeben: %1</translation>
    </message>
    <message>
        <location line="-223"/>
        <source>Cannot start: %1</source>
        <translation>Start nicht möglich: %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Bad settings: %1</source>
        <translation>Ungültige Einstellungen: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Bad parameters: %1</source>
        <translation>Ungültige Parameter: %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Blow-up, playing stopped (lower dt or reset): %1</source>
        <translation>Divergiert, Wiedergabe angehalten (dt verkleinern oder zurücksetzen): %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>t = %1   particles %2 (%3 drawn)</source>
        <translation>t = %1   Teilchen %2 (%3 dargestellt)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>   TV to Boltzmann %1</source>
        <translation>   TV-Abstand zur Boltzmann-Dichte %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Escape rate from the left well: measured %1 ± %2 (%3 passages), Kramers %4</source>
        <translation>Fluchtrate aus der linken Mulde: gemessen %1 ± %2 (%3 Übergänge), Kramers %4</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Escape rate from the left well: Kramers %1 (mean wait %2); measured: %n passage(s) so far</source>
        <translation>
            <numerusform>Fluchtrate aus der linken Mulde: Kramers %1 (mittlere Wartezeit %2); gemessen: bisher %n Übergang</numerusform>
            <numerusform>Fluchtrate aus der linken Mulde: Kramers %1 (mittlere Wartezeit %2); gemessen: bisher %n Übergänge</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>;  barrier ΔU/kT = %1</source>
        <translation>;  Barriere ΔU/kT = %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (Kramers&apos; formula needs ΔU/kT ≫ 1)</source>
        <translation> (die Kramers-Formel setzt ΔU/kT ≫ 1 voraus)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ornstein–Uhlenbeck: variance along x measured %1, exact %2</source>
        <translation>Ornstein-Uhlenbeck: Varianz entlang x gemessen %1, exakt %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+16"/>
        <source>Fokker–Planck</source>
        <translation>Fokker-Planck</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+11"/>
        <source>Boltzmann</source>
        <translation>Boltzmann</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>exact</source>
        <translation>exakt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⟨U⟩</source>
        <translation>⟨U⟩</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⟨m v²⟩/2</source>
        <translation>⟨m v²⟩/2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kT/2</source>
        <translation>kT/2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>This is not a Langevin scene state.</source>
        <translation>Dies ist kein Szenenzustand einer Langevin-Szene.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The potential has no parameter &apos;%1&apos;.</source>
        <translation>Das Potential hat keinen Parameter „%1“.</translation>
    </message>
    <message>
        <location line="-73"/>
        <location line="+21"/>
        <location line="+11"/>
        <source>particles</source>
        <translation>Teilchen</translation>
    </message>
</context>
<context>
    <name>flowscope::LatentWindow</name>
    <message>
        <location filename="../widgets/scenes/latent/latent_window.cpp" line="+17"/>
        <source>Latent trajectories</source>
        <translation>Latente Trajektorien</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The time cursor: the same sample of every trial</source>
        <translation>Der Zeitcursor: derselbe Abtastwert jedes Versuchs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>trial </source>
        <translation>Versuch </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The trial shown in the time series and the raster</source>
        <translation>Der in Zeitreihe und Raster gezeigte Versuch</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Explained variance</source>
        <translation>Erklärte Varianz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cumulative fraction</source>
        <translation>kumulierter Anteil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time series of the shown components</source>
        <translation>Zeitreihen der gezeigten Komponenten</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+107"/>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Linear dynamics: eigenvalues</source>
        <translation>Lineare Dynamik: Eigenwerte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rotation frequency</source>
        <translation>Drehfrequenz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>decay rate</source>
        <translation>Abklingrate</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Open a CSV, NPY or HDF5 file of trajectories, or generate a synthetic population</source>
        <translation>Eine CSV-, NPY- oder HDF5-Datei mit Trajektorien öffnen oder eine synthetische Population erzeugen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open trajectories…</source>
        <translation>Trajektorien öffnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV (rows are time points; trial, time and label columns by name), NPY (T x D or trials x T x D) or HDF5 (pick the dataset)</source>
        <translation>CSV (Zeilen sind Zeitpunkte; Spalten trial, time und label nach Namen), NPY (T x D oder Versuche x T x D) oder HDF5 (Datensatz wählen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generate a population</source>
        <translation>Population erzeugen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lorenz latents read out by 40 neurons as Poisson spike counts, 12 trials</source>
        <translation>Lorenz-Latente, von 40 Neuronen als Poisson-Spikezahlen ausgelesen, 12 Versuche</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Projection</source>
        <translation>Projektion</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PCA</source>
        <translation>PCA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delay embedding (first column)</source>
        <translation>Verzögerungseinbettung (erste Spalte)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+10"/>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Components (PCA) or embedding dimension (delay; automatic: false nearest neighbours)</source>
        <translation>Komponenten (PCA) oder Einbettungsdimension (Verzögerung; automatisch: falsche nächste Nachbarn)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gaussian smoothing along time, in samples (0: none)</source>
        <translation>Gauß-Glättung entlang der Zeit, in Abtastwerten (0: keine)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delay in samples (automatic: first minimum of the mutual information)</source>
        <translation>Verzögerung in Abtastwerten (automatisch: erstes Minimum der Transinformation)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dimensions</source>
        <translation>Dimensionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smoothing σ</source>
        <translation>Glättung σ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delay</source>
        <translation>Verzögerung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Axis %1</source>
        <translation>Achse %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>trial</source>
        <translation>Versuch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>label</source>
        <translation>Etikett</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trial average</source>
        <translation>Versuchsmittel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>flow field (local linear regression)</source>
        <translation>Flussfeld (lokale lineare Regression)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit linear dynamics</source>
        <translation>Lineare Dynamik anpassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colour by</source>
        <translation>Färben nach</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Open Trajectories</source>
        <translation>Trajektorien öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trajectories (*.csv *.tsv *.txt *.npy *.h5 *.hdf5)</source>
        <translation>Trajektorien (*.csv *.tsv *.txt *.npy *.h5 *.hdf5)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No dataset chosen in %1</source>
        <translation>Kein Datensatz in %1 gewählt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not loaded: %1</source>
        <translation>Nicht geladen: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Load without the %n row(s) holding NaN or infinity</source>
        <translation>
            <numerusform>Ohne die %n Zeile mit NaN oder Unendlich laden</numerusform>
            <numerusform>Ohne die %n Zeilen mit NaN oder Unendlich laden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Generating a population…</source>
        <translation>Population wird erzeugt…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The population was not generated: %1</source>
        <translation>Die Population wurde nicht erzeugt: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>synthetic population (Lorenz latents)</source>
        <translation>synthetische Population (Lorenz-Latente)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2 trials, %3 points, %4 dimensions</source>
        <translation>%1: %2 Versuche, %3 Punkte, %4 Dimensionen</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>; %n row(s) with NaN or infinity dropped</source>
        <translation>
            <numerusform>; %n Zeile mit NaN oder Unendlich entfernt</numerusform>
            <numerusform>; %n Zeilen mit NaN oder Unendlich entfernt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Projecting…</source>
        <translation>Projektion läuft…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>PC%1</source>
        <translation>HK%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>delay %1</source>
        <translation>Verzögerung %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>
PCA: %1 components explain %2 % of the variance</source>
        <translation>
PCA: %1 Komponenten erklären %2 % der Varianz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
Delay %1 samples%2, dimension %3%4</source>
        <translation>
Verzögerung %1 Abtastwerte%2, Dimension %3%4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (mutual information)</source>
        <translation> (Transinformation)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (false nearest neighbours)</source>
        <translation> (falsche nächste Nachbarn)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
True latents recovered by Procrustes: R² = %1</source>
        <translation>
Wahre Latente per Procrustes wiedergewonnen: R² = %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Projected %1 points</source>
        <translation>%1 Punkte projiziert</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>cumulative</source>
        <translation>kumuliert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Spikes, trial %1</source>
        <translation>Spikes, Versuch %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Linear dynamics: %1</source>
        <translation>Lineare Dynamik: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>eigenvalues</source>
        <translation>Eigenwerte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no decay</source>
        <translation>kein Abklingen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>decay %1, %2 cycles per time unit</source>
        <translation>Abklingen %1, %2 Zyklen pro Zeiteinheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linear dynamics (R² of the increments %1): %2</source>
        <translation>Lineare Dynamik (R² der Zuwächse %1): %2</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>This is not a latent-trajectories scene state.</source>
        <translation>Dies ist kein Szenenzustand latenter Trajektorien.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The data file &apos;%1&apos; does not exist.</source>
        <translation>Die Datendatei „%1“ existiert nicht.</translation>
    </message>
</context>
<context>
    <name>flowscope::LyapunovTab</name>
    <message>
        <location filename="../widgets/scenes/chaotic/lyapunov_tab.cpp" line="+58"/>
        <source>Time over which the exponents are averaged, after the transient</source>
        <translation>Zeit, über die die Exponenten nach der Einschwingzeit gemittelt werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time run first and forgotten: it brings the state onto the attractor</source>
        <translation>Zuerst gerechnete und verworfene Zeit: Sie bringt den Zustand auf den Attraktor</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+10"/>
        <source>Averaging time</source>
        <translation>Mittelungszeit</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Transient</source>
        <translation>Einschwingzeit</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Convergence of the exponents</source>
        <translation>Konvergenz der Exponenten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Running estimate</source>
        <translation>Laufende Schätzung</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The averaging time</source>
        <translation>Die Mittelungszeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The transient</source>
        <translation>Die Einschwingzeit</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No exponents: %1</source>
        <translation>Keine Exponenten: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>λ%1 = %2</source>
        <translation>λ%1 = %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>(published %1)</source>
        <translation>(veröffentlicht: %1)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Kaplan–Yorke dimension: %1</source>
        <translation>Kaplan–Yorke-Dimension: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sum of the exponents: %1</source>
        <translation>Summe der Exponenten: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Averaged over t = %1 after a transient of %2, step %3</source>
        <translation>Gemittelt über t = %1 nach einer Einschwingzeit von %2, Schrittweite %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dashed lines: published values (%1).</source>
        <translation>Gestrichelte Linien: veröffentlichte Werte (%1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>λ%1</source>
        <translation>λ%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>published λ%1</source>
        <translation>veröffentlichtes λ%1</translation>
    </message>
</context>
<context>
    <name>flowscope::MainWindow</name>
    <message>
        <location filename="../app/gui/main_window.cpp" line="+24"/>
        <source>&amp;Chaotic System Scene</source>
        <translation>&amp;Chaotisches System</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Langevin Scene</source>
        <translation>&amp;Langevin-Szene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Diffusion Sampling Scene</source>
        <translation>&amp;Diffusions-Sampling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schrödinger &amp;Bridge Scene</source>
        <translation>Schrödinger-&amp;Brücke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>La&amp;tent Trajectories Scene</source>
        <translation>La&amp;tente Trajektorien</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New From &amp;Preset</source>
        <translation>Neu aus &amp;Vorlage</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open Preset</source>
        <translation>Vorlage öffnen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open Scene State…</source>
        <translation>Szenenzustand ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save Scene S&amp;tate…</source>
        <translation>Szenenzustand s&amp;peichern…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Flowscope</source>
        <translation>&amp;Über Flowscope</translation>
    </message>
    <message>
        <location line="+67"/>
        <location line="+4"/>
        <source>Open Scene State</source>
        <translation>Szenenzustand öffnen</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Scene states (*.json);;All files (*)</source>
        <translation>Szenenzustände (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <source>Save Scene State</source>
        <translation>Szenenzustand speichern</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Scene states (*.json)</source>
        <translation>Szenenzustände (*.json)</translation>
    </message>
    <message>
        <location line="+8"/>
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
    <name>flowscope::MixtureEditor</name>
    <message>
        <location filename="../widgets/scenes/diffusion/mixture_editor.cpp" line="+34"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new isotropic component at the origin</source>
        <translation>Eine neue isotrope Komponente im Ursprung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>σ</source>
        <translation>σ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>full</source>
        <translation>voll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>low-rank</source>
        <translation>niedriger Rang</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The covariance as loaded; edit it in the JSON file</source>
        <translation>Die Kovarianz wie geladen; in der JSON-Datei bearbeiten</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Component %1: the weight is not a number</source>
        <translation>Komponente %1: das Gewicht ist keine Zahl</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Component %1: the mean is not a number</source>
        <translation>Komponente %1: der Mittelwert ist keine Zahl</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Component %1: σ is not a number</source>
        <translation>Komponente %1: σ ist keine Zahl</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>A mixture needs at least one component</source>
        <translation>Eine Mischung braucht mindestens eine Komponente</translation>
    </message>
</context>
<context>
    <name>flowscope::OrbitDiagramTab</name>
    <message>
        <location filename="../widgets/scenes/chaotic/orbit_diagram_tab.cpp" line="+45"/>
        <source>First value of the parameter</source>
        <translation>Erster Wert des Parameters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last value of the parameter</source>
        <translation>Letzter Wert des Parameters</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time run first and discarded at every value</source>
        <translation>Zeit, die bei jedem Wert zuerst gerechnet und verworfen wird</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time over which maxima are recorded at every value</source>
        <translation>Zeit, über die bei jedem Wert Maxima aufgezeichnet werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The parameter that is varied; the others keep their current values</source>
        <translation>Der Parameter, der variiert wird; die anderen behalten ihre aktuellen Werte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The variable whose local maxima are plotted</source>
        <translation>Die Variable, deren lokale Maxima dargestellt werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Number of parameter values, evenly spaced</source>
        <translation>Anzahl der Parameterwerte, gleichmäßig verteilt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maxima of</source>
        <translation>Maxima von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transient</source>
        <translation>Einschwingzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample time</source>
        <translation>Messdauer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orbit diagram</source>
        <translation>Orbitdiagramm</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>This system has no parameter that an orbit diagram can vary.</source>
        <translation>Dieses System hat keinen Parameter, den ein Orbitdiagramm variieren kann.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The range must increase: “From” is above “To”.</source>
        <translation>Der Bereich muss aufsteigend sein: „Von“ liegt über „Bis“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The transient with the sample time</source>
        <translation>Die Einschwingzeit zusammen mit der Messdauer</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 values of %2 from %3 to %4: %5 maxima, %6 distinct points plotted.</source>
        <translation>%1 Werte von %2 von %3 bis %4: %5 Maxima, %6 verschiedene Punkte dargestellt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Values that blew up: %1 (only the maxima before that are shown).</source>
        <translation>Divergierte Werte: %1 (nur die Maxima davor werden gezeigt).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Maxima of %1 against %2</source>
        <translation>Maxima von %1 über %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>maxima of %1</source>
        <translation>Maxima von %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>current %1</source>
        <translation>aktueller Wert von %1</translation>
    </message>
</context>
<context>
    <name>flowscope::ParameterPlanePanel</name>
    <message>
        <location filename="../widgets/scenes/chaotic/parameter_plane_panel.cpp" line="+33"/>
        <source>Compute</source>
        <translation>Berechnen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cells along each axis; each cell integrates the tangent flow for %1 time units</source>
        <translation>Zellen je Achse; jede Zelle integriert den Tangentialfluss über %1 Zeiteinheiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Horizontal</source>
        <translation>Waagrecht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vertical</source>
        <translation>Senkrecht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cells per axis</source>
        <translation>Zellen je Achse</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>λ₁</source>
        <translation>λ₁</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The largest Lyapunov exponent over two parameters: blue is order, red is chaos. Click the map to move the scene there.</source>
        <translation>Der größte Lyapunov-Exponent über zwei Parametern: Blau ist Ordnung, Rot ist Chaos. Ein Klick in die Karte setzt die Szene dorthin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This system has fewer than two parameters to sweep.</source>
        <translation>Dieses System hat weniger als zwei Parameter zum Abtasten.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose two different parameters.</source>
        <translation>Wählen Sie zwei verschiedene Parameter.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Computing %1 cells…</source>
        <translation>Berechne %1 Zellen…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 cells in %2 s on %3 threads; %4 blew up</source>
        <translation>%1 Zellen in %2 s auf %3 Threads; %4 divergiert</translation>
    </message>
</context>
<context>
    <name>flowscope::ParameterPlaneView</name>
    <message numerus="yes">
        <location filename="../widgets/panels/parameter_plane_view.cpp" line="+225"/>
        <source>%n cell(s) blew up (grey)</source>
        <translation>
            <numerusform>%n Zelle divergiert (grau)</numerusform>
            <numerusform>%n Zellen divergiert (grau)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flowscope::PlotWidget</name>
    <message>
        <location filename="../widgets/panels/plot_widget.cpp" line="+101"/>
        <source>No data yet</source>
        <translation>Noch keine Daten</translation>
    </message>
</context>
<context>
    <name>flowscope::PoincareTab</name>
    <message>
        <location filename="../widgets/scenes/chaotic/poincare_tab.cpp" line="+59"/>
        <source>Mean of a short run</source>
        <translation>Mittelwert eines kurzen Laufs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show in 3-D view</source>
        <translation>In der 3-D-Ansicht zeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The section plane: normal to one variable&apos;s axis, or any normal</source>
        <translation>Die Schnittebene: senkrecht zur Achse einer Variablen oder mit beliebiger Normale</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Put the plane through the mean of n·x over a short run, so that the trajectory crosses it</source>
        <translation>Die Ebene durch den Mittelwert von n·x über einen kurzen Lauf legen, damit die Trajektorie sie durchstößt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upward (n·f &gt; 0)</source>
        <translation>Aufwärts (n·f &gt; 0)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downward (n·f &lt; 0)</source>
        <translation>Abwärts (n·f &lt; 0)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both</source>
        <translation>Beide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length of the run whose crossings are recorded</source>
        <translation>Dauer des Laufs, dessen Durchstoßpunkte aufgezeichnet werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crossings before this time are not recorded</source>
        <translation>Durchstoßpunkte vor diesem Zeitpunkt werden nicht aufgezeichnet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Plane</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal n</source>
        <translation>Normale n</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offset c</source>
        <translation>Versatz c</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End time</source>
        <translation>Endzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transient</source>
        <translation>Einschwingzeit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Crossings</source>
        <translation>Durchstoßpunkte</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Normal to %1</source>
        <translation>Senkrecht zur %1-Achse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom normal</source>
        <translation>Eigene Normale</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Component of the normal along %1</source>
        <translation>Komponente der Normalen in %1-Richtung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This system has fewer variables</source>
        <translation>Dieses System hat weniger Variablen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The normal of the plane must not be all zeros.</source>
        <translation>Die Normale der Ebene darf nicht der Nullvektor sein.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The end time</source>
        <translation>Die Endzeit</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The run for the mean blew up: %1</source>
        <translation>Der Lauf für den Mittelwert ist divergiert: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The run blew up: %1</source>
        <translation>Der Lauf ist divergiert: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>n·x = %1 with n = (%2)</source>
        <translation>n·x = %1 mit n = (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One crossing of %1</source>
        <translation>Ein Durchstoßpunkt der Ebene %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 crossings of %2</source>
        <translation>%1 Durchstoßpunkte der Ebene %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The trajectory does not cross this plane: try another offset.</source>
        <translation>Die Trajektorie durchstößt diese Ebene nicht: Versuchen Sie einen anderen Versatz.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Crossings of %1</source>
        <translation>Durchstoßpunkte der Ebene %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time of the crossing</source>
        <translation>Zeitpunkt des Durchstoßes</translation>
    </message>
</context>
<context>
    <name>flowscope::SceneFrame</name>
    <message>
        <location filename="../widgets/scenes/common/scene_frame.cpp" line="+18"/>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 — Flowscope</source>
        <translation>%1 — Flowscope</translation>
    </message>
</context>
<context>
    <name>flowscope::SimulationController</name>
    <message>
        <location filename="../widgets/scenes/chaotic/simulation_controller.cpp" line="+46"/>
        <source>The trajectory blew up after t = %1. Try a smaller time step or other parameters.</source>
        <translation>Die Trajektorie ist nach t = %1 divergiert. Versuchen Sie einen kleineren Zeitschritt oder andere Parameter.</translation>
    </message>
</context>
<context>
    <name>flowscope::SpikeRaster</name>
    <message>
        <location filename="../widgets/panels/spike_raster.cpp" line="+39"/>
        <source>Spike raster</source>
        <translation>Spike-Raster</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No population data</source>
        <translation>Keine Populationsdaten</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>n 1</source>
        <translation>n 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>time bin (%1 neurons)</source>
        <translation>Zeitfenster (%1 Neuronen)</translation>
    </message>
</context>
<context>
    <name>flowscope::SystemGallery</name>
    <message>
        <location filename="../widgets/panels/system_gallery.cpp" line="+17"/>
        <source>Largest Lyapunov exponent</source>
        <translation>Größter Lyapunov-Exponent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lyapunov spectrum</source>
        <translation>Lyapunov-Spektrum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kaplan–Yorke dimension</source>
        <translation>Kaplan–Yorke-Dimension</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search systems…</source>
        <translation>Systeme durchsuchen…</translation>
    </message>
</context>
<context>
    <name>flowscope::TimeScrubber</name>
    <message>
        <location filename="../widgets/scenes/common/time_scrubber.cpp" line="+17"/>
        <location line="+57"/>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Playback speed</source>
        <translation>Wiedergabegeschwindigkeit</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
</context>
<context>
    <name>flowscope::VtkView</name>
    <message>
        <location filename="../widgets/view/vtk_view.cpp" line="+181"/>
        <source>The view is not visible, so there is nothing to save.</source>
        <translation>Die Ansicht ist nicht sichtbar, es gibt nichts zu speichern.</translation>
    </message>
</context>
</TS>
