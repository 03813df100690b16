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
    <message>
        <location line="+2"/>
        <source>Rössler</source>
        <translation>Rössler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A spiral in the x-y plane folded back by rare bursts in z: the simplest picture of stretching and folding. Period doubling leads to chaos as c grows.</source>
        <translation>Une spirale dans le plan x-y, repliée par de rares bouffées en z : l’image la plus simple de l’étirement et du repliement. Quand c augmente, le doublement de période mène au chaos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rate of the outward spiral in the x-y plane</source>
        <translation>taux de la spirale divergente dans le plan x-y</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>constant feed of z</source>
        <translation>apport constant à z</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>threshold in x above which z bursts</source>
        <translation>seuil en x au-delà duquel z s’emballe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chen</source>
        <translation>Chen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found by feeding y back into itself (anti-control) in a Lorenz-like system: a two-lobed butterfly that is not equivalent to Lorenz&apos;s and stretches about twice as fast.</source>
        <translation>Obtenu en réinjectant y dans sa propre équation (anticontrôle) dans un système de type Lorenz : un papillon à deux lobes, non équivalent à celui de Lorenz, qui s’étire environ deux fois plus vite.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>coupling that pulls x towards y</source>
        <translation>couplage qui attire x vers y</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>damping of z</source>
        <translation>amortissement de z</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>self-excitation of y added by the feedback</source>
        <translation>auto-excitation de y ajoutée par la rétroaction</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lü</source>
        <translation>Lü</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bridge between the Lorenz and Chen attractors: as c grows the butterfly changes from Lorenz-like to Chen-like shapes.</source>
        <translation>Le pont entre les attracteurs de Lorenz et de Chen : quand c augmente, le papillon passe de formes de type Lorenz à des formes de type Chen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>growth rate of y: selects Lorenz-like or Chen-like shapes</source>
        <translation>taux de croissance de y : sélectionne des formes de type Lorenz ou de type Chen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chua</source>
        <translation>Chua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An electronic circuit of two capacitors, an inductor and a piecewise-linear negative resistor (Chua&apos;s diode). Orbits spiral around two outer equilibria and jump between them: the double scroll.</source>
        <translation>Un circuit électronique composé de deux condensateurs, d’une bobine et d’une résistance négative linéaire par morceaux (la diode de Chua). Les orbites s’enroulent autour de deux équilibres extérieurs et sautent de l’un à l’autre : la double spirale (« double scroll »).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ratio of the two capacitances, C2 / C1</source>
        <translation>rapport des deux capacités, C2 / C1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stiffness of the inductor loop, C2 R^2 / L</source>
        <translation>raideur de la boucle de la bobine, C2 R^2 / L</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>slope of the diode for |x| &lt; 1</source>
        <translation>pente de la diode pour |x| &lt; 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>slope of the diode for |x| &gt; 1</source>
        <translation>pente de la diode pour |x| &gt; 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arneodo</source>
        <translation>Arneodo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A third-order (jerk) equation whose orbits spiral out of a saddle-focus and are reinjected along its stable direction: Shilnikov&apos;s mechanism for chaos.</source>
        <translation>Une équation du troisième ordre (équation « jerk ») dont les orbites s’éloignent en spirale d’un point selle-foyer et sont réinjectées le long de sa direction stable : le mécanisme de Shilnikov pour le chaos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>linear term that pushes x away from 0</source>
        <translation>terme linéaire qui éloigne x de 0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>damping of the velocity y</source>
        <translation>amortissement de la vitesse y</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>damping of the acceleration z</source>
        <translation>amortissement de l’accélération z</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Genesio–Tesi</source>
        <translation>Genesio–Tesi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A feedback control loop with a single quadratic nonlinearity, written as a jerk equation. Its one-scroll attractor sits next to orbits that escape to infinity.</source>
        <translation>Une boucle de commande par rétroaction à une seule non-linéarité quadratique, écrite sous forme d’équation « jerk ». Son attracteur à une seule spirale côtoie des orbites qui s’échappent à l’infini.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>linear restoring force on x</source>
        <translation>force de rappel linéaire sur x</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shimizu–Morioka</source>
        <translation>Shimizu–Morioka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A model of a symmetric limit cycle that loses its symmetry; close to the Lorenz system near its homoclinic bifurcations, with a Lorenz-like two-lobed attractor.</source>
        <translation>Un modèle de cycle limite symétrique qui perd sa symétrie ; proche du système de Lorenz au voisinage de ses bifurcations homoclines, avec un attracteur à deux lobes de type Lorenz.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>damping of y</source>
        <translation>amortissement de y</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Burke–Shaw</source>
        <translation>Burke–Shaw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bill Burke&apos;s variant of the Lorenz equations, studied by Robert Shaw: a two-scroll attractor symmetric under (x, y) -&gt; (-x, -y), fed by the constant drive v in z.</source>
        <translation>La variante des équations de Lorenz due à Bill Burke, étudiée par Robert Shaw : un attracteur à deux spirales, invariant par (x, y) -&gt; (-x, -y), alimenté par le forçage constant v en z.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rate of the rotation and coupling</source>
        <translation>taux de la rotation et du couplage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>constant drive of z</source>
        <translation>forçage constant de z</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rabinovich–Fabrikant</source>
        <translation>Rabinovich–Fabrikant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amplitude equations for modulational instability of waves in a nonequilibrium medium. Its attractors change shape abruptly with the parameters; small steps are needed near the fast excursions.</source>
        <translation>Équations d’amplitude pour l’instabilité modulationnelle d’ondes dans un milieu hors équilibre. Ses attracteurs changent brusquement de forme avec les paramètres ; de petits pas sont nécessaires près des excursions rapides.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>growth rate of the unstable wave</source>
        <translation>taux de croissance de l’onde instable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>damping of the medium</source>
        <translation>amortissement du milieu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thomas</source>
        <translation>Thomas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A damped particle in a three-dimensional lattice of forces, the same law for each axis in turn. Lowering the friction b leads through period doubling to chaos and, at b = 0, to a random walk through the lattice.</source>
        <translation>Une particule amortie dans un réseau tridimensionnel de forces, la même loi s’appliquant tour à tour à chaque axe. Diminuer le frottement b mène au chaos par doublement de période et, pour b = 0, à une marche aléatoire à travers le réseau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>friction; chaos below about 0.208</source>
        <translation>frottement ; chaos en dessous d’environ 0,208</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Halvorsen</source>
        <translation>Halvorsen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A cyclically symmetric quadratic flow: three interlocked lobes that map onto each other under x -&gt; y -&gt; z -&gt; x.</source>
        <translation>Un flot quadratique à symétrie cyclique : trois lobes imbriqués qui s’échangent sous l’effet de x -&gt; y -&gt; z -&gt; x.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>damping of each variable</source>
        <translation>amortissement de chaque variable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aizawa</source>
        <translation>Aizawa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rotation about the z axis combined with a vertical relaxation oscillation: orbits wind over a sphere-like shell and escape through a tube along the axis. The small x^3 term breaks the rotational symmetry.</source>
        <translation>Une rotation autour de l’axe z combinée à une oscillation de relaxation verticale : les orbites s’enroulent sur une coque quasi sphérique et s’échappent par un tube le long de l’axe. Le petit terme en x^3 brise la symétrie de rotation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>growth rate of z near the axis</source>
        <translation>taux de croissance de z près de l’axe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>height at which rotation turns from decaying to growing</source>
        <translation>hauteur à laquelle la rotation passe de l’amortissement à la croissance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>constant lift of z</source>
        <translation>poussée constante sur z</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>angular speed about the z axis</source>
        <translation>vitesse angulaire autour de l’axe z</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>coupling of the radius to the height</source>
        <translation>couplage du rayon à la hauteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>symmetry-breaking x^3 term</source>
        <translation>terme en x^3 qui brise la symétrie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wang–Sun four-wing</source>
        <translation>Wang–Sun à quatre ailes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A quadratic flow whose attractor has four wings, two above and two below the x-y plane, visited in an irregular order: a contrast with the two-winged Lorenz family.</source>
        <translation>Un flot quadratique dont l’attracteur possède quatre ailes, deux au-dessus et deux au-dessous du plan x-y, visitées dans un ordre irrégulier : un contraste avec la famille de Lorenz à deux ailes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>self-excitation of x</source>
        <translation>auto-excitation de x</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weak linear coupling from x to y</source>
        <translation>faible couplage linéaire de x vers y</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sakarya</source>
        <translation>Sakarya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A member of the generalised Lorenz family, realised by its authors as an electronic circuit: a broad two-winged attractor.</source>
        <translation>Un membre de la famille de Lorenz généralisée, réalisé par ses auteurs sous forme de circuit électronique : un large attracteur à deux ailes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>strength of the x z coupling into y</source>
        <translation>intensité du couplage x z vers y</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>strength of the x y coupling into z</source>
        <translation>intensité du couplage x y vers z</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dadras</source>
        <translation>Dadras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A quadratic system built for circuit realisation that, depending on its parameters, shows two-, three- or four-scroll attractors; the defaults give two scrolls.</source>
        <translation>Un système quadratique conçu pour une réalisation sous forme de circuit qui, selon ses paramètres, présente des attracteurs à deux, trois ou quatre spirales ; les valeurs par défaut en donnent deux.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>damping of x</source>
        <translation>amortissement de x</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>strength of the y z coupling into x</source>
        <translation>intensité du couplage y z vers x</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>self-excitation of y</source>
        <translation>auto-excitation de y</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Newton–Leipnik</source>
        <translation>Newton–Leipnik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Euler&apos;s equations of a rigid body with linear feedback control. Two strange attractors coexist, mirror images of each other; the initial state picks one.</source>
        <translation>Les équations d’Euler d’un corps rigide avec une commande par rétroaction linéaire. Deux attracteurs étranges coexistent, images miroir l’un de l’autre ; l’état initial choisit l’un des deux.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>damping of the first angular velocity</source>
        <translation>amortissement de la première vitesse angulaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>feedback gain on the third angular velocity</source>
        <translation>gain de rétroaction sur la troisième vitesse angulaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chen–Lee</source>
        <translation>Chen–Lee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A gyrostat (rigid body) whose angular velocities are driven by linear feedback (anti-control of chaos). The attractor is unchanged by a half-turn about the z axis.</source>
        <translation>Un gyrostat (corps rigide) dont les vitesses angulaires sont entraînées par une rétroaction linéaire (anticontrôle du chaos). L’attracteur est invariant par un demi-tour autour de l’axe z.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>feedback gain on the first axis</source>
        <translation>gain de rétroaction sur le premier axe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>feedback gain on the second axis</source>
        <translation>gain de rétroaction sur le deuxième axe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>feedback gain on the third axis</source>
        <translation>gain de rétroaction sur le troisième axe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rucklidge</source>
        <translation>Rucklidge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A model of two-dimensional convection with a magnetic field or rotation (double convection): the convection roll reverses its direction at irregular times, as in the Lorenz model.</source>
        <translation>Un modèle de convection bidimensionnelle avec champ magnétique ou rotation (double convection) : le rouleau de convection inverse son sens de rotation à des instants irréguliers, comme dans le modèle de Lorenz.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>damping of the convective motion</source>
        <translation>amortissement du mouvement convectif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>driving by the temperature difference</source>
        <translation>forçage par la différence de température</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nosé–Hoover</source>
        <translation>Nosé–Hoover</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A harmonic oscillator coupled to a thermostat variable z that holds its mean kinetic energy at a. Time-reversible and volume-preserving on average: a chaotic sea surrounds nested invariant tori, and the initial state decides which one is seen.</source>
        <translation>Un oscillateur harmonique couplé à une variable de thermostat z qui maintient son énergie cinétique moyenne à a. Réversible en temps et conservant le volume en moyenne : une mer chaotique entoure des tores invariants emboîtés, et l’état initial décide de ce que l’on observe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>target temperature: the mean of y^2 the thermostat enforces</source>
        <translation>température cible : la moyenne de y^2 imposée par le thermostat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lorenz-84</source>
        <translation>Lorenz-84</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The general circulation of the atmosphere in three modes (also called the Hadley circulation model): x is the westerly wind, y and z a chain of eddies that it drives and that drain it.</source>
        <translation>La circulation générale de l’atmosphère réduite à trois modes (également appelée modèle de circulation de Hadley) : x est le vent d’ouest, y et z une chaîne de tourbillons qu’il entretient et qui l’épuisent.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>damping of the westerly wind</source>
        <translation>amortissement du vent d’ouest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rate at which the wind displaces the eddies</source>
        <translation>taux auquel le vent déplace les tourbillons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>equator-to-pole heating that drives the wind</source>
        <translation>contraste de chauffage équateur-pôle qui entraîne le vent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>land-sea heating contrast that drives the eddies</source>
        <translation>contraste de chauffage terre-mer qui entretient les tourbillons</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rikitake dynamo</source>
        <translation>Dynamo de Rikitake</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two coupled disk dynamos, a toy model of the Earth&apos;s magnetic field: the currents x and y reverse sign at irregular intervals, like geomagnetic reversals.</source>
        <translation>Deux dynamos à disque couplées, un modèle jouet du champ magnétique terrestre : les courants x et y changent de signe à intervalles irréguliers, comme lors des inversions géomagnétiques.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resistive dissipation in each disk</source>
        <translation>dissipation résistive dans chaque disque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>difference of the two disks&apos; angular velocities</source>
        <translation>différence des vitesses angulaires des deux disques</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moore–Spiegel</source>
        <translation>Moore–Spiegel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A thermally excited oscillator: a parcel of gas in a star&apos;s atmosphere, heated and buoyant, oscillating in a magnetic field. Its irregular pulsations were an early example of chaos in astrophysics.</source>
        <translation>Un oscillateur excité thermiquement : une parcelle de gaz dans l’atmosphère d’une étoile, chauffée et soumise à la poussée d’Archimède, qui oscille dans un champ magnétique. Ses pulsations irrégulières furent l’un des premiers exemples de chaos en astrophysique.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restoring force of the magnetic field</source>
        <translation>force de rappel du champ magnétique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>thermal driving: the buoyancy of the parcel</source>
        <translation>forçage thermique : la poussée d’Archimède sur la parcelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finance</source>
        <translation>Système financier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A macroeconomic model in which the interest rate x, the investment demand y and the price index z feed back on each other; rates and prices fluctuate without ever repeating.</source>
        <translation>Un modèle macroéconomique dans lequel le taux d’intérêt x, la demande d’investissement y et l’indice des prix z rétroagissent les uns sur les autres ; taux et prix fluctuent sans jamais se répéter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>saving amount</source>
        <translation>montant de l’épargne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cost per investment</source>
        <translation>coût par investissement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>elasticity of demand</source>
        <translation>élasticité de la demande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bouali</source>
        <translation>Bouali</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An economic cycle model extended with a feedback loop; its attractor has a characteristic long stretched loop next to a compact spiral.</source>
        <translation>Un modèle de cycle économique complété par une boucle de rétroaction ; son attracteur présente une longue boucle étirée caractéristique à côté d’une spirale compacte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>strength of the feedback of z into x</source>
        <translation>intensité de la rétroaction de z sur x</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nonlinear coupling of x and z</source>
        <translation>couplage non linéaire de x et z</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diffusionless Lorenz</source>
        <translation>Lorenz sans diffusion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Lorenz equations in the limit of high Rayleigh and Prandtl numbers, where diffusion drops out and one parameter R remains. Same butterfly, simpler algebra.</source>
        <translation>Les équations de Lorenz dans la limite des grands nombres de Rayleigh et de Prandtl, où la diffusion disparaît et où il ne reste qu’un paramètre R. Même papillon, algèbre plus simple.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the single driving parameter</source>
        <translation>l’unique paramètre de forçage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sprott A</source>
        <translation>Sprott A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first case of the search, identical to the Nosé–Hoover thermostat: conservative on average, so orbits wander a chaotic sea instead of settling on an attractor.</source>
        <translation>Le premier cas de la recherche, identique au thermostat de Nosé–Hoover : conservatif en moyenne, si bien que les orbites errent dans une mer chaotique au lieu de se fixer sur un attracteur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sprott B</source>
        <translation>Sprott B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Five terms and two quadratic nonlinearities: a dissipative two-lobed attractor symmetric under (x, y) -&gt; (-x, -y).</source>
        <translation>Cinq termes et deux non-linéarités quadratiques : un attracteur dissipatif à deux lobes, invariant par (x, y) -&gt; (-x, -y).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sprott C</source>
        <translation>Sprott C</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case B with x^2 in place of x y in the last equation: the two lobes are joined differently but the attractor keeps the same symmetry.</source>
        <translation>Le cas B avec x^2 à la place de x y dans la dernière équation : les deux lobes sont reliés autrement, mais l’attracteur garde la même symétrie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sprott D</source>
        <translation>Sprott D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A rotation in x-y coupled to z through x z and 3 y^2; the single equilibrium at the origin is the only one and the attractor winds around it.</source>
        <translation>Une rotation dans le plan x-y couplée à z par x z et 3 y^2 ; l’équilibre à l’origine est le seul, et l’attracteur s’enroule autour de lui.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sprott E</source>
        <translation>Sprott E</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Five terms with two quadratic nonlinearities and a single equilibrium, around which the attractor winds.</source>
        <translation>Cinq termes avec deux non-linéarités quadratiques et un unique équilibre, autour duquel s’enroule l’attracteur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sprott F</source>
        <translation>Sprott F</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An unstable oscillation in x-y (its growth set by a) reinjected by the single nonlinearity x^2: a Rössler-like folded band.</source>
        <translation>Une oscillation instable dans le plan x-y (sa croissance est fixée par a), réinjectée par l’unique non-linéarité x^2 : une bande repliée à la Rössler.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>growth rate of the oscillation in the x-y plane</source>
        <translation>taux de croissance de l’oscillation dans le plan x-y</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sprott G</source>
        <translation>Sprott G</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A self-excited x (rate a) held in check only through the product x z that feeds y.</source>
        <translation>Un x auto-excité (taux a), contenu uniquement par le produit x z qui alimente y.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sprott H</source>
        <translation>Sprott H</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Like case F an unstable x-y oscillation, but folded back by z^2 in the first equation, where z lags behind x.</source>
        <translation>Comme le cas F, une oscillation x-y instable, mais repliée par z^2 dans la première équation, où z suit x avec retard.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sprott I</source>
        <translation>Sprott I</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A weakly chaotic case (small Lyapunov exponent): a slow rotation in x-y set by a, folded by y^2.</source>
        <translation>Un cas faiblement chaotique (petit exposant de Lyapunov) : une lente rotation dans le plan x-y fixée par a, repliée par y^2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>frequency factor of the x-y rotation</source>
        <translation>facteur de fréquence de la rotation x-y</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sprott J</source>
        <translation>Sprott J</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A single quadratic nonlinearity y^2 with strongly damped y; orbits make long excursions in x.</source>
        <translation>Une seule non-linéarité quadratique y^2 avec y fortement amorti ; les orbites font de longues excursions en x.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sprott K</source>
        <translation>Sprott K</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A growing z (rate a) pushes x down, while x is limited only through the product x y with its lagging copy y.</source>
        <translation>Un z croissant (taux a) fait baisser x, tandis que x n’est limité que par le produit x y avec sa copie retardée y.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>growth rate of z</source>
        <translation>taux de croissance de z</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sprott L</source>
        <translation>Sprott L</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A single quadratic term a x^2, with z integrating the offset of x from 1; the attractor surrounds the only equilibrium.</source>
        <translation>Un unique terme quadratique a x^2, z intégrant l’écart de x à 1 ; l’attracteur entoure l’unique équilibre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>strength of the x^2 nonlinearity</source>
        <translation>intensité de la non-linéarité x^2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>coupling of z into x</source>
        <translation>couplage de z vers x</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sprott M</source>
        <translation>Sprott M</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An oscillation in x-z kept going by a and bent by y, which follows -x^2.</source>
        <translation>Une oscillation dans le plan x-z entretenue par a et déformée par y, qui suit -x^2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drive and stiffness of the x-z oscillation</source>
        <translation>forçage et raideur de l’oscillation x-z</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sprott N</source>
        <translation>Sprott N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A rotation in x-y fed by z^2, where z relaxes quickly towards (1 + y) / 2.</source>
        <translation>Une rotation dans le plan x-y alimentée par z^2, où z relaxe rapidement vers (1 + y) / 2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sprott O</source>
        <translation>Sprott O</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A second-order oscillator in x with z acting as a nonlinear, velocity-driven spring through x z and a y.</source>
        <translation>Un oscillateur du second ordre en x, où z agit comme un ressort non linéaire piloté par la vitesse, via x z et a y.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>velocity feedback into z</source>
        <translation>rétroaction de la vitesse sur z</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sprott P</source>
        <translation>Sprott P</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An x-y rotation (frequency set by a) destabilised by y^2 and stirred by z, the running sum of x + y.</source>
        <translation>Une rotation x-y (fréquence fixée par a) déstabilisée par y^2 et brassée par z, la somme cumulée de x + y.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>coupling of y into x: the rotation frequency</source>
        <translation>couplage de y vers x : la fréquence de rotation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sprott Q</source>
        <translation>Sprott Q</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An unstable x-z oscillation (growth b) where y follows x with a lag and folds the orbit through y^2.</source>
        <translation>Une oscillation x-z instable (croissance b) où y suit x avec retard et replie l’orbite via y^2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stiffness of the x-z oscillation</source>
        <translation>raideur de l’oscillation x-z</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sprott R</source>
        <translation>Sprott R</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two constant drives a and b with the single product x y as nonlinearity; the attractor surrounds the only equilibrium.</source>
        <translation>Deux forçages constants a et b, avec le seul produit x y comme non-linéarité ; l’attracteur entoure l’unique équilibre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>constant drive of x</source>
        <translation>forçage constant de x</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>constant drive of y</source>
        <translation>forçage constant de y</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sprott S</source>
        <translation>Sprott S</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last case of the list: a damped x-y rotation driven by z^2, where z integrates 1 + x.</source>
        <translation>Le dernier cas de la liste : une rotation x-y amortie, entraînée par z^2, où z intègre 1 + x.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sprott jerk</source>
        <translation>Jerk de Sprott</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The algebraically simplest dissipative chaotic flow known: the third derivative of x (the jerk) depends on one quadratic term. Chaos lives only in a narrow window of a around 2.02.</source>
        <translation>Le flot chaotique dissipatif algébriquement le plus simple que l’on connaisse : la dérivée troisième de x (le « jerk », ou à-coup) dépend d’un seul terme quadratique. Le chaos n’existe que dans une étroite fenêtre de a autour de 2,02.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>damping of the acceleration; chaotic for 2.0168 &lt; A &lt; 2.0577</source>
        <translation>amortissement de l’accélération ; chaotique pour 2,0168 &lt; A &lt; 2,0577</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duffing</source>
        <translation>Duffing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A periodically forced oscillator with a cubic spring; with alpha &lt; 0 it is a particle in a double well, shaken hard enough to hop between the wells at random. A stroboscopic view at the forcing period shows the fractal attractor.</source>
        <translation>Un oscillateur forcé périodiquement, à ressort cubique ; avec alpha &lt; 0, c’est une particule dans un double puits, secouée assez fort pour sauter au hasard d’un puits à l’autre. Une vue stroboscopique à la période du forçage révèle l’attracteur fractal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>damping</source>
        <translation>amortissement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>linear stiffness; negative makes a double well</source>
        <translation>raideur linéaire ; négative, elle crée un double puits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cubic stiffness</source>
        <translation>raideur cubique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forcing amplitude</source>
        <translation>amplitude du forçage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forcing angular frequency</source>
        <translation>pulsation du forçage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forced van der Pol</source>
        <translation>Van der Pol forcé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A self-sustained relaxation oscillator (a triode circuit, a heartbeat) driven periodically. Between the frequency-locked windows the response is chaotic.</source>
        <translation>Un oscillateur de relaxation auto-entretenu (un circuit à triode, un battement cardiaque) forcé périodiquement. Entre les fenêtres d’accrochage de fréquence, la réponse est chaotique.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>strength of the nonlinear damping</source>
        <translation>intensité de l’amortissement non linéaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Double pendulum</source>
        <translation>Double pendule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A pendulum hanging from a pendulum, both with equal masses and lengths, without friction. At low energy it swings regularly; started high, as here, it tumbles chaotically while conserving energy.</source>
        <translation>Un pendule suspendu à un pendule, de masses et de longueurs égales, sans frottement. À faible énergie, il oscille régulièrement ; lâché de haut, comme ici, il culbute de façon chaotique tout en conservant son énergie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gravitational acceleration</source>
        <translation>accélération de la pesanteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>length of each rod</source>
        <translation>longueur de chaque tige</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hindmarsh–Rose</source>
        <translation>Hindmarsh–Rose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A neuron model: x is the membrane potential, y a fast recovery current and z a slow adaptation current. With this injected current the cell fires bursts of spikes whose lengths vary chaotically; watch x against time.</source>
        <translation>Un modèle de neurone : x est le potentiel de membrane, y un courant de récupération rapide et z un courant d’adaptation lent. Avec ce courant injecté, la cellule émet des salves de potentiels d’action dont la durée varie de façon chaotique ; observez x en fonction du temps.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cubic term of the fast subsystem</source>
        <translation>terme cubique du sous-système rapide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quadratic term of the fast subsystem</source>
        <translation>terme quadratique du sous-système rapide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>constant drive of the recovery current</source>
        <translation>forçage constant du courant de récupération</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>coupling of the potential into the recovery current</source>
        <translation>couplage du potentiel vers le courant de récupération</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rate of the slow adaptation current</source>
        <translation>taux du courant d’adaptation lent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>strength of the adaptation</source>
        <translation>intensité de l’adaptation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resting potential the adaptation refers to</source>
        <translation>potentiel de repos auquel se réfère l’adaptation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>injected current</source>
        <translation>courant injecté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lorenz-96</source>
        <translation>Lorenz-96</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A ring of N sites along a latitude circle carrying a weather-like quantity: advection by the neighbours, damping and forcing F. For F = 8 waves travel round the ring and break chaotically; raising N adds more unstable directions.</source>
        <translation>Un anneau de N sites le long d’un cercle de latitude, portant une grandeur de type météorologique : advection par les voisins, amortissement et forçage F. Pour F = 8, des ondes parcourent l’anneau et déferlent de façon chaotique ; augmenter N ajoute des directions instables.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forcing; chaos sets in above about F = 5</source>
        <translation>forçage ; le chaos apparaît au-delà d’environ F = 5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number of sites on the ring</source>
        <translation>nombre de sites sur l’anneau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lorenz–Stenflo</source>
        <translation>Lorenz–Stenflo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lorenz&apos;s convection equations extended by a fourth mode for low-frequency acoustic-gravity waves in a rotating atmosphere; s measures the rotation.</source>
        <translation>Les équations de convection de Lorenz, complétées par un quatrième mode pour les ondes acoustiques de gravité de basse fréquence dans une atmosphère en rotation ; s mesure la rotation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prandtl number</source>
        <translation>nombre de Prandtl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>geometric factor</source>
        <translation>facteur géométrique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rayleigh number: the driving</source>
        <translation>nombre de Rayleigh : le forçage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rotation number</source>
        <translation>nombre de rotation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hyperchaotic Rössler</source>
        <translation>Rössler hyperchaotique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first hyperchaotic flow: a fourth variable w adds a second unstable direction, so nearby orbits separate along two directions at once (two positive Lyapunov exponents).</source>
        <translation>Le premier flot hyperchaotique : une quatrième variable w ajoute une seconde direction instable, si bien que des orbites voisines s’écartent selon deux directions à la fois (deux exposants de Lyapunov positifs).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>coupling of z into w</source>
        <translation>couplage de z vers w</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>self-excitation of w</source>
        <translation>auto-excitation de w</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../widgets/scenes/latent/latent_window.cpp" line="+73"/>
        <source>Choose a dataset</source>
        <translation>Choisir un jeu de données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shape</source>
        <translation>Forme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Load</source>
        <translation>Charger</translation>
    </message>
</context>
<context>
    <name>SceneSettings</name>
    <message>
        <location filename="../widgets/panels/setting_texts.cpp" line="+11"/>
        <source>temperature (energy units)</source>
        <translation>température (en unités d’énergie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>friction coefficient</source>
        <translation>coefficient de frottement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>particle mass (underdamped methods)</source>
        <translation>masse des particules (méthodes sous-amorties)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time step</source>
        <translation>pas de temps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>amplitude of the periodic force F cos(ωt) along x</source>
        <translation>amplitude de la force périodique F cos(ωt) selon x</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>angular frequency ω of the periodic force</source>
        <translation>pulsation ω de la force périodique</translation>
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
        <translation>Diagramme d’orbites</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lyapunov spectrum and Kaplan–Yorke dimension</source>
        <translation>Spectre de Lyapunov et dimension de Kaplan–Yorke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crossings of the trajectory with a plane</source>
        <translation>Intersections de la trajectoire avec un plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maxima of a variable as a parameter varies</source>
        <translation>Maxima d’une variable lorsqu’un paramètre varie</translation>
    </message>
</context>
<context>
    <name>flowscope::AnalysisTab</name>
    <message>
        <location filename="../widgets/scenes/chaotic/analysis_tab.cpp" line="+40"/>
        <source>Compute</source>
        <translation>Calculer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>Choose the settings and press Compute.</source>
        <translation>Choisissez les réglages et cliquez sur «&#xa0;Calculer&#xa0;».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Computing for the previous parameters…</source>
        <translation>Calcul en cours pour les paramètres précédents…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no system to analyse yet.</source>
        <translation>Il n’y a pas encore de système à analyser.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelling…</source>
        <translation>Annulation en cours…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Computing…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Done in %1 s.</source>
        <translation>Terminé en %1 s.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This result belongs to the previous parameters; press Compute to update it.</source>
        <translation>Ce résultat correspond aux paramètres précédents ; cliquez sur «&#xa0;Calculer&#xa0;» pour le mettre à jour.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 asks for %2 steps of %3; at most %4 are allowed: shorten it or raise the time step.</source>
        <translation>%1 nécessite %2 pas de %3 ; %4 au maximum sont autorisés : réduisez cette durée ou augmentez le pas de temps.</translation>
    </message>
</context>
<context>
    <name>flowscope::BridgeWindow</name>
    <message>
        <location filename="../widgets/scenes/bridge/bridge_window.cpp" line="+69"/>
        <source>Schrödinger bridges</source>
        <translation>Ponts de Schrödinger</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Source and target</source>
        <translation>Source et cible</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>two clouds</source>
        <translation>deux nuages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>snapshots (multi-marginal)</source>
        <translation>instantanés (multi-marginal)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>gauss:MEAN;COVARIANCE, builtin:ID, a mixture .json or a point file (.npy, .csv)</source>
        <translation>gauss:MOYENNE;COVARIANCE, builtin:ID, un mélange .json ou un fichier de points (.npy, .csv)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Source file…</source>
        <translation>Fichier source…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target file…</source>
        <translation>Fichier cible…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Points drawn from each distribution (point files keep theirs)</source>
        <translation>Points tirés de chaque loi (les fichiers de points gardent les leurs)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Points per side</source>
        <translation>Points par côté</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reference process</source>
        <translation>Processus de référence</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Small σ: close to optimal transport; large σ: close to the independent coupling</source>
        <translation>σ petit : proche du transport optimal ; σ grand : proche du couplage indépendant</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Brownian (θ = 0)</source>
        <translation>brownien (θ = 0)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>θ &gt; 0: an Ornstein–Uhlenbeck reference dX = −θ X dt + σ dW</source>
        <translation>θ &gt; 0 : une référence d&apos;Ornstein-Uhlenbeck dX = −θ X dt + σ dW</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none (Brownian or OU)</source>
        <translation>aucun (brownien ou OU)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A Langevin potential&apos;s drift −∇U as the reference, linearised over the clouds</source>
        <translation>La dérive −∇U d&apos;un potentiel de Langevin comme référence, linéarisée sur les nuages</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Paths drawn as lines (300 particles move along the bridge)</source>
        <translation>Chemins tracés en lignes (300 particules se déplacent le long du pont)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Snapshots: rounds of fitting A x + b to the paths and rebuilding the bridges</source>
        <translation>Instantanés : tours d’ajustement de A x + b aux chemins et de reconstruction des ponts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>space-time (x, y, t)</source>
        <translation>espace-temps (x, y, t)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snapshots CSV…</source>
        <translation>CSV d’instantanés…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CSV with a time column and coordinate columns; without one, a demo</source>
        <translation>Un CSV avec une colonne time et des colonnes de coordonnées ; sans lui, une démonstration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>σ</source>
        <translation>σ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OU rate θ</source>
        <translation>taux OU θ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Langevin U</source>
        <translation>U de Langevin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps per path</source>
        <translation>Pas par chemin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paths drawn</source>
        <translation>Chemins tracés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coupling lines</source>
        <translation>Lignes de couplage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refinements</source>
        <translation>Raffinements</translation>
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
        <translation>Ouvrir des points</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points or mixtures (*.npy *.csv *.json)</source>
        <translation>Points ou mélanges (*.npy *.csv *.json)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open Snapshots</source>
        <translation>Ouvrir des instantanés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Snapshots (*.csv)</source>
        <translation>Instantanés (*.csv)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Bridging the snapshots…</source>
        <translation>Pontage des instantanés…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot bridge the snapshots: %1</source>
        <translation>Impossible de relier les instantanés : %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Snapshots bridged</source>
        <translation>Instantanés reliés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snapshots bridged; some Sinkhorn runs did not converge</source>
        <translation>Instantanés reliés ; certains Sinkhorn n’ont pas convergé</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Solving the bridge…</source>
        <translation>Résolution du pont…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot build the bridge: %1</source>
        <translation>Impossible de construire le pont : %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sinkhorn converged in %1 iterations (marginal error %2)</source>
        <translation>Sinkhorn a convergé en %1 itérations (erreur marginale %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sinkhorn did not converge: %1</source>
        <translation>Sinkhorn n’a pas convergé : %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>sigma = %1, reference %2</source>
        <translation>sigma = %1, reference %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>snapshots: fitted drift A x + b</source>
        <translation>instantanes : derive ajustee A x + b</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>t = %1</source>
        <translation>t = %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Mean |x − y|² over the coupled pairs: &lt;b&gt;%1&lt;/b&gt; (independent pairs: %2)</source>
        <translation>|x − y|² moyen des paires couplées : &lt;b&gt;%1&lt;/b&gt; (paires indépendantes : %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;br&gt;Reference %1: drift A x + b with A = %2, b = (%3), fitting −∇U over the clouds with R² = %4</source>
        <translation>&lt;br&gt;Référence %1 : dérive A x + b avec A = %2, b = (%3), ajustant −∇U sur les nuages avec R² = %4</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;br&gt;At t = %1 — closed form: mean (%2, %3), covariance %4; sample of %5 paths: mean (%6, %7), covariance %8</source>
        <translation>&lt;br&gt;À t = %1 — forme close : moyenne (%2, %3), covariance %4 ; échantillon de %5 chemins : moyenne (%6, %7), covariance %8</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;br&gt;The closed form is shown when both ends are Gaussian (gauss: literals or one-component mixtures).</source>
        <translation>&lt;br&gt;La forme close s’affiche quand les deux bouts sont gaussiens (littéraux gauss: ou mélanges à une composante).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 snapshots at t = %2</source>
        <translation>%1 instantanés à t = %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>; true drift A = %1</source>
        <translation> ; vraie dérive A = %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;br&gt;Round %1: fitted A = %2, b = (%3), change %4</source>
        <translation>&lt;br&gt;Tour %1 : A ajusté = %2, b = (%3), variation %4</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>This is not a Schrödinger bridge scene state.</source>
        <translation>Ceci n’est pas un état de scène de pont de Schrödinger.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is not a two-dimensional potential.</source>
        <translation>« %1 » n’est pas un potentiel à deux dimensions.</translation>
    </message>
</context>
<context>
    <name>flowscope::ChaoticWindow</name>
    <message>
        <location filename="../widgets/scenes/chaotic/chaotic_window.cpp" line="+66"/>
        <source>Computing…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 attractor</source>
        <translation>Attracteur de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Systems</source>
        <translation>Systèmes</translation>
    </message>
    <message>
        <location line="+16"/>
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
        <location line="+10"/>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ensemble</source>
        <translation>Ensemble</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Parameter plane</source>
        <translation>Plan des paramètres</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Equations</source>
        <translation>Équations</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <source>Open Equations</source>
        <translation>Ouvrir des équations</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+12"/>
        <source>Equations (*.txt *.eq);;All files (*)</source>
        <translation>Équations (*.txt *.eq);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+4"/>
        <source>Save Equations</source>
        <translation>Enregistrer les équations</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+101"/>
        <location line="+12"/>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <source>&amp;Open Equations…</source>
        <translation>&amp;Ouvrir des équations…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save E&amp;quations…</source>
        <translation>E&amp;nregistrer les équations…</translation>
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
        <location line="+4"/>
        <source>&amp;Parameters</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Systems</source>
        <translation>&amp;Systèmes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Equations</source>
        <translation>É&amp;quations</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;nsemble</source>
        <translation>E&amp;nsemble</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Analysis</source>
        <translation>&amp;Analyse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Parameter &amp;Plane</source>
        <translation>&amp;Plan des paramètres</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 points computed in %2 ms</source>
        <translation>%1 points calculés en %2 ms</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
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
        <location line="+8"/>
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
        <location line="+29"/>
        <source>This is not a chaotic-system scene state.</source>
        <translation>Ceci n’est pas un état de scène de système chaotique.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The system has no parameter &apos;%1&apos;.</source>
        <translation>Le système n’a pas de paramètre « %1 ».</translation>
    </message>
</context>
<context>
    <name>flowscope::DiffusionWindow</name>
    <message>
        <location filename="../widgets/scenes/diffusion/diffusion_window.cpp" line="+64"/>
        <source>Diffusion sampling: ODE vs SDE</source>
        <translation>Échantillonnage par diffusion : EDO contre EDS</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>From the noise end (left, t = 1) to the data end (right)</source>
        <translation>Du bruit (à gauche, t = 1) aux données (à droite)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>noise</source>
        <translation>bruit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>data</source>
        <translation>données</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sweep steps</source>
        <translation>Balayer les pas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rerun both samplers with 2 to 500 steps (2,000 particles) and plot a metric</source>
        <translation>Relancer les deux échantillonneurs avec 2 à 500 pas (2 000 particules) et tracer une mesure</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sliced W2 to the target</source>
        <translation>W2 tranché à la cible</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+631"/>
        <source>energy distance</source>
        <translation>distance d&apos;énergie</translation>
    </message>
    <message>
        <location line="-631"/>
        <location line="+632"/>
        <source>mean log-likelihood</source>
        <translation>log-vraisemblance moyenne</translation>
    </message>
    <message>
        <location line="-631"/>
        <source>ODE–SDE sliced W2</source>
        <translation>W2 tranché EDO–EDS</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>diffusion: ODE vs SDE</source>
        <translation>diffusion : EDO contre EDS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stochastic interpolant: ε = 0 vs ε</source>
        <translation>interpolant stochastique : ε = 0 contre ε</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>N(0, I)</source>
        <translation>N(0, I)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>linear: α = 1 − t, β = t</source>
        <translation>linéaire : α = 1 − t, β = t</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trigonometric: α = cos(πt/2), β = sin(πt/2)</source>
        <translation>trigonométrique : α = cos(πt/2), β = sin(πt/2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>γ(t) = G √(t(1 − t)): latent noise in the interpolant (0: none)</source>
        <translation>γ(t) = G √(t(1 − t)) : bruit latent de l&apos;interpolant (0 : aucun)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The right side&apos;s diffusion ε: every ε has the same marginals ρ_t</source>
        <translation>La diffusion ε du côté droit : tout ε a les mêmes marginales ρ_t</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpolant</source>
        <translation>Interpolant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>γ scale G</source>
        <translation>échelle G de γ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ε (right)</source>
        <translation>ε (droite)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>edited mixture</source>
        <translation>mélange modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distribution</source>
        <translation>Loi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load JSON…</source>
        <translation>Charger un JSON…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load points…</source>
        <translation>Charger des points…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A point set (CSV with a header, or NPY, N x 2 or N x 3), smoothed into a mixture</source>
        <translation>Un nuage de points (CSV avec en-tête, ou NPY, N x 2 ou N x 3), lissé en mélange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save JSON…</source>
        <translation>Enregistrer en JSON…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sampling</source>
        <translation>Échantillonnage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>VP (linear β)</source>
        <translation>VP (β linéaire)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VE (geometric σ)</source>
        <translation>VE (σ géométrique)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Metrics use all particles; at most 4,000 are drawn</source>
        <translation>Les mesures utilisent toutes les particules ; 4 000 au plus sont dessinées</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>η family (η = 1: reverse SDE)</source>
        <translation>famille η (η = 1 : EDS rétrograde)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>predictor–corrector</source>
        <translation>prédicteur–correcteur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>η = 0: the probability-flow ODE; η = 1: the reverse SDE; every η has the same marginals</source>
        <translation>η = 0 : l&apos;EDO du flot de probabilité ; η = 1 : l&apos;EDS rétrograde ; tout η a les mêmes marginales</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Process</source>
        <translation>Processus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps</source>
        <translation>Pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Particles</source>
        <translation>Particules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left: ODE</source>
        <translation>Gauche : EDO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right</source>
        <translation>Droite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>η</source>
        <translation>η</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Score error</source>
        <translation>Erreur de score</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none (exact score)</source>
        <translation>aucune (score exact)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scale: score × F</source>
        <translation>échelle : score × F</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blur: target widened by S</source>
        <translation>flou : cible élargie de S</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bias: F added to the score</source>
        <translation>biais : F ajouté au score</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weights: wrong mixture weights</source>
        <translation>poids : mauvais poids du mélange</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F or S</source>
        <translation>F ou S</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weights</source>
        <translation>Poids</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exact density p_t (2-D)</source>
        <translation>densité exacte p_t (2-D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour: log p_t over 10 e-folds below its maximum</source>
        <translation>Couleur : log p_t sur 10 facteurs e sous son maximum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>trails</source>
        <translation>traînées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>space-time (x, y, t)</source>
        <translation>espace-temps (x, y, t)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Whole paths</source>
        <translation>Chemins entiers</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Load Mixture</source>
        <translation>Charger un mélange</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+9"/>
        <source>Mixtures (*.json)</source>
        <translation>Mélanges (*.json)</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Load Points</source>
        <translation>Charger des points</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Point sets (*.csv *.npy)</source>
        <translation>Nuages de points (*.csv *.npy)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save Mixture</source>
        <translation>Enregistrer le mélange</translation>
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
        <translation>Un nuage de points lissé (%1 points, largeur %2) : non modifiable en tableau</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+15"/>
        <source>Cannot load %1: %2</source>
        <translation>Impossible de charger %1 : %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Loaded %1 points from %2</source>
        <translation>%1 points chargés depuis %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The target is a smoothed point set; only mixtures are saved as JSON</source>
        <translation>La cible est un nuage de points lissé ; seuls les mélanges sont enregistrés en JSON</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1 : %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Score error: %1</source>
        <translation>Erreur de score : %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Interpolant: &apos;%1&apos; is %2-D and the target %3-D</source>
        <translation>Interpolant : « %1 » est en %2-D et la cible en %3-D</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Sampling…</source>
        <translation>Échantillonnage…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 particles × %2 steps, both samplers, in %3 s</source>
        <translation>%1 particules × %2 pas, les deux échantillonneurs, en %3 s</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The step sweep is for diffusion samplers</source>
        <translation>Le balayage des pas concerne les échantillonneurs de diffusion</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sweeping the step count…</source>
        <translation>Balayage du nombre de pas…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Swept %1 step counts</source>
        <translation>%1 nombres de pas balayés</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>interpolant ODE (epsilon = 0)</source>
        <translation>EDO interpolante (epsilon = 0)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interpolant SDE (epsilon = %1)</source>
        <translation>EDS interpolante (epsilon = %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ODE (probability flow, %1)</source>
        <translation>EDO (flot de probabilite, %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>predictor-corrector</source>
        <translation>predicteur-correcteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reverse SDE (eta = 1)</source>
        <translation>EDS retrograde (eta = 1)</translation>
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
        <translation>   arrete : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>t = %1   frame %2 of %3</source>
        <translation>t = %1   image %2 sur %3</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>ε = %1</source>
        <translation>ε = %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PC</source>
        <translation>PC</translation>
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
        <translation>EDO</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>sliced W2 to target</source>
        <translation>W2 tranché à la cible</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>score evaluations</source>
        <translation>évaluations du score</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mode weights</source>
        <translation>poids des modes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;p&gt;Target: mean log-likelihood of its own samples %1.&lt;br&gt;%2 ↔ %3 sliced W2: &lt;b&gt;%4&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Cible : log-vraisemblance moyenne de ses propres échantillons %1.&lt;br&gt;W2 tranché %2 ↔ %3 : &lt;b&gt;%4&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>log10(steps)</source>
        <translation>log10(pas)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>right sampler</source>
        <translation>échantillonneur de droite</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ODE ↔ SDE</source>
        <translation>EDO ↔ EDS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>target</source>
        <translation>cible</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>This is not a diffusion scene state.</source>
        <translation>Ceci n’est pas un état de scène de diffusion.</translation>
    </message>
</context>
<context>
    <name>flowscope::EnsemblePanel</name>
    <message>
        <location filename="../widgets/scenes/chaotic/ensemble_panel.cpp" line="+22"/>
        <source>Animate an ensemble</source>
        <translation>Animer un ensemble</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restart cloud</source>
        <translation>Relancer le nuage</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Number of trajectories, started in a small ball on the attractor</source>
        <translation>Nombre de trajectoires, lancées dans une petite boule sur l’attracteur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Integration steps between two frames: the speed of the animation</source>
        <translation>Pas d’intégration entre deux images : la vitesse de l’animation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Particles</source>
        <translation>Particules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps per frame</source>
        <translation>Pas par image</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>t = %1</source>
        <translation>t = %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(%1 blew up)</source>
        <translation>(divergées : %1)</translation>
    </message>
</context>
<context>
    <name>flowscope::EquationEditor</name>
    <message>
        <location filename="../widgets/panels/equation_editor.cpp" line="+26"/>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The name the system gets in the gallery</source>
        <translation>Le nom que porte le système dans la galerie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Compile the equations and show the system (Ctrl+Enter)</source>
        <translation>Compiler les équations et afficher le système (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>Compiled: %n variable(s).</source>
        <translation>
            <numerusform>Compilation réussie : %n variable.</numerusform>
            <numerusform>Compilation réussie : %n variables.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Line %1, column %2: %3</source>
        <translation>Ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is larger than 1 MiB: not an equations file.</source>
        <translation>%1 dépasse 1 Mio : ce n’est pas un fichier d’équations.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>flowscope::JobRunner</name>
    <message>
        <location filename="../widgets/panels/job_runner.cpp" line="+37"/>
        <source>Not enough memory for this computation.</source>
        <translation>Mémoire insuffisante pour ce calcul.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Internal error: %1</source>
        <translation>Erreur interne : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Internal error: an unknown exception in the computation.</source>
        <translation>Erreur interne : une exception inconnue dans le calcul.</translation>
    </message>
</context>
<context>
    <name>flowscope::JobStatusWidget</name>
    <message>
        <location filename="../widgets/scenes/common/job_status_widget.cpp" line="+18"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the running computation</source>
        <translation>Arrêter le calcul en cours</translation>
    </message>
</context>
<context>
    <name>flowscope::LangevinWindow</name>
    <message>
        <location filename="../widgets/scenes/langevin/langevin_window.cpp" line="+50"/>
        <source>Langevin dynamics</source>
        <translation>Dynamique de Langevin</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>em, lm: overdamped; baoab, em-underdamped: underdamped (use the mass)</source>
        <translation>em, lm : suramorti ; baoab, em-underdamped : sous-amorti (avec la masse)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Surface (3-D)</source>
        <translation>Surface (3-D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map (2-D, contours)</source>
        <translation>Carte (2-D, lignes de niveau)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The potential as a height surface, or seen from above with contour lines of U</source>
        <translation>Le potentiel en surface de hauteur, ou vu de dessus avec les lignes de niveau de U</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type U in x (and y): the gradient is computed numerically</source>
        <translation>Saisissez U en x (et y) : le gradient est calculé numériquement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use</source>
        <translation>Utiliser</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Potential</source>
        <translation>Potentiel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typed U</source>
        <translation>U saisi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View</source>
        <translation>Vue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Particles</source>
        <translation>Particules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps per frame</source>
        <translation>Pas par image</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step</source>
        <translation>Pas à pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Potential parameters</source>
        <translation>Paramètres du potentiel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dynamics</source>
        <translation>Dynamique</translation>
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
        <translation>variation totale</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Distance of the particles to</source>
        <translation>Distance des particules à</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mean energy</source>
        <translation>Énergie moyenne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>energy</source>
        <translation>énergie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phase space</source>
        <translation>Espace des phases</translation>
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
        <translation>Densité selon x</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>density</source>
        <translation>densité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Particles (histogram) against the Fokker–Planck solution from the same start and the Boltzmann density</source>
        <translation>Particules (histogramme) face à la solution de Fokker-Planck partie du même état et à la densité de Boltzmann</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Variance along x</source>
        <translation>Variance selon x</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>variance</source>
        <translation>variance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ornstein–Uhlenbeck: the particles&apos; variance against the exact one</source>
        <translation>Ornstein-Uhlenbeck : variance des particules face à la variance exacte</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+2"/>
        <source>Advance %1 steps</source>
        <translation>Avancer de %1 pas</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Typed potential, column %1: %2</source>
        <translation>Potentiel saisi, colonne %1 : %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Typed potential: %1</source>
        <translation>Potentiel saisi : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+288"/>
        <source>Typed: %1</source>
        <translation>Saisi : %1</translation>
    </message>
    <message>
        <location line="-223"/>
        <source>Cannot start: %1</source>
        <translation>Impossible de démarrer : %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Bad settings: %1</source>
        <translation>Réglages invalides : %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Bad parameters: %1</source>
        <translation>Paramètres invalides : %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Blow-up, playing stopped (lower dt or reset): %1</source>
        <translation>La simulation a divergé, lecture arrêtée (réduisez dt ou réinitialisez) : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>t = %1   particles %2 (%3 drawn)</source>
        <translation>t = %1   particules %2 (%3 affichées)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>   TV to Boltzmann %1</source>
        <translation>   VT à la densité de Boltzmann %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Escape rate from the left well: measured %1 ± %2 (%3 passages), Kramers %4</source>
        <translation>Taux d&apos;échappement du puits gauche : mesuré %1 ± %2 (%3 passages), Kramers %4</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Escape rate from the left well: Kramers %1 (mean wait %2); measured: %n passage(s) so far</source>
        <translation>
            <numerusform>Taux d&apos;échappement du puits gauche : Kramers %1 (attente moyenne %2) ; mesuré : %n passage pour l&apos;instant</numerusform>
            <numerusform>Taux d&apos;échappement du puits gauche : Kramers %1 (attente moyenne %2) ; mesuré : %n passages pour l&apos;instant</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>;  barrier ΔU/kT = %1</source>
        <translation> ;  barrière ΔU/kT = %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (Kramers&apos; formula needs ΔU/kT ≫ 1)</source>
        <translation> (la formule de Kramers suppose ΔU/kT ≫ 1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ornstein–Uhlenbeck: variance along x measured %1, exact %2</source>
        <translation>Ornstein-Uhlenbeck : variance selon x mesurée %1, exacte %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note: %1</source>
        <translation>Remarque : %1</translation>
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
        <translation>exacte</translation>
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
        <translation>Ceci n’est pas un état de scène de Langevin.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The potential has no parameter &apos;%1&apos;.</source>
        <translation>Le potentiel n’a pas de paramètre « %1 ».</translation>
    </message>
    <message>
        <location line="-73"/>
        <location line="+21"/>
        <location line="+11"/>
        <source>particles</source>
        <translation>particules</translation>
    </message>
</context>
<context>
    <name>flowscope::LatentWindow</name>
    <message>
        <location filename="../widgets/scenes/latent/latent_window.cpp" line="+17"/>
        <source>Latent trajectories</source>
        <translation>Trajectoires latentes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The time cursor: the same sample of every trial</source>
        <translation>Le curseur temporel : le même échantillon de chaque essai</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>trial </source>
        <translation>essai </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The trial shown in the time series and the raster</source>
        <translation>L&apos;essai montré dans la série temporelle et le raster</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Explained variance</source>
        <translation>Variance expliquée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>component</source>
        <translation>composante</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cumulative fraction</source>
        <translation>fraction cumulée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time series of the shown components</source>
        <translation>Séries temporelles des composantes affichées</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+107"/>
        <source>time</source>
        <translation>temps</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Linear dynamics: eigenvalues</source>
        <translation>Dynamique linéaire : valeurs propres</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rotation frequency</source>
        <translation>fréquence de rotation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>decay rate</source>
        <translation>taux d&apos;amortissement</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Open a CSV, NPY or HDF5 file of trajectories, or generate a synthetic population</source>
        <translation>Ouvrir un fichier CSV, NPY ou HDF5 de trajectoires, ou générer une population synthétique</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open trajectories…</source>
        <translation>Ouvrir des trajectoires…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV (rows are time points; trial, time and label columns by name), NPY (T x D or trials x T x D) or HDF5 (pick the dataset)</source>
        <translation>CSV (lignes = instants ; colonnes trial, time et label par leur nom), NPY (T x D ou essais x T x D) ou HDF5 (choisir le jeu de données)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generate a population</source>
        <translation>Générer une population</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lorenz latents read out by 40 neurons as Poisson spike counts, 12 trials</source>
        <translation>Latents de Lorenz lus par 40 neurones en comptes de potentiels de Poisson, 12 essais</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Projection</source>
        <translation>Projection</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PCA</source>
        <translation>ACP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delay embedding (first column)</source>
        <translation>plongement à retard (première colonne)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+10"/>
        <source>automatic</source>
        <translation>automatique</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Components (PCA) or embedding dimension (delay; automatic: false nearest neighbours)</source>
        <translation>Composantes (ACP) ou dimension du plongement (retard ; automatique : faux plus proches voisins)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gaussian smoothing along time, in samples (0: none)</source>
        <translation>Lissage gaussien dans le temps, en échantillons (0 : aucun)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delay in samples (automatic: first minimum of the mutual information)</source>
        <translation>Retard en échantillons (automatique : premier minimum de l&apos;information mutuelle)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dimensions</source>
        <translation>Dimensions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smoothing σ</source>
        <translation>Lissage σ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delay</source>
        <translation>Retard</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Axis %1</source>
        <translation>Axe %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>trial</source>
        <translation>essai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>label</source>
        <translation>étiquette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>speed</source>
        <translation>vitesse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trial average</source>
        <translation>moyenne des essais</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>flow field (local linear regression)</source>
        <translation>champ d&apos;écoulement (régression linéaire locale)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit linear dynamics</source>
        <translation>Ajuster une dynamique linéaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colour by</source>
        <translation>Couleur selon</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Open Trajectories</source>
        <translation>Ouvrir des trajectoires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trajectories (*.csv *.tsv *.txt *.npy *.h5 *.hdf5)</source>
        <translation>Trajectoires (*.csv *.tsv *.txt *.npy *.h5 *.hdf5)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No dataset chosen in %1</source>
        <translation>Aucun jeu de données choisi dans %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Loading %1…</source>
        <translation>Chargement de %1…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not loaded: %1</source>
        <translation>Non chargé : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Load without the %n row(s) holding NaN or infinity</source>
        <translation>
            <numerusform>Charger sans la %n ligne contenant NaN ou infini</numerusform>
            <numerusform>Charger sans les %n lignes contenant NaN ou infini</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Generating a population…</source>
        <translation>Génération d&apos;une population…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The population was not generated: %1</source>
        <translation>La population n&apos;a pas été générée : %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>synthetic population (Lorenz latents)</source>
        <translation>population synthétique (latents de Lorenz)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2 trials, %3 points, %4 dimensions</source>
        <translation>%1 : %2 essais, %3 points, %4 dimensions</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>; %n row(s) with NaN or infinity dropped</source>
        <translation>
            <numerusform>; %n ligne avec NaN ou infini retirée</numerusform>
            <numerusform>; %n lignes avec NaN ou infini retirées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Projecting…</source>
        <translation>Projection…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>PC%1</source>
        <translation>CP%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>delay %1</source>
        <translation>retard %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>
PCA: %1 components explain %2 % of the variance</source>
        <translation>
ACP : %1 composantes expliquent %2 % de la variance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
Delay %1 samples%2, dimension %3%4</source>
        <translation>
Retard %1 échantillons%2, dimension %3%4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (mutual information)</source>
        <translation> (information mutuelle)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (false nearest neighbours)</source>
        <translation> (faux plus proches voisins)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
True latents recovered by Procrustes: R² = %1</source>
        <translation>
Vrais latents retrouvés par Procuste : R² = %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Projected %1 points</source>
        <translation>%1 points projetés</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>cumulative</source>
        <translation>cumulée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Spikes, trial %1</source>
        <translation>Potentiels, essai %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Linear dynamics: %1</source>
        <translation>Dynamique linéaire : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>eigenvalues</source>
        <translation>valeurs propres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no decay</source>
        <translation>sans amortissement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>decay %1, %2 cycles per time unit</source>
        <translation>amortissement %1, %2 cycles par unité de temps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linear dynamics (R² of the increments %1): %2</source>
        <translation>Dynamique linéaire (R² des incréments %1) : %2</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>This is not a latent-trajectories scene state.</source>
        <translation>Ceci n’est pas un état de scène de trajectoires latentes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The data file &apos;%1&apos; does not exist.</source>
        <translation>Le fichier de données « %1 » n’existe pas.</translation>
    </message>
</context>
<context>
    <name>flowscope::LyapunovTab</name>
    <message>
        <location filename="../widgets/scenes/chaotic/lyapunov_tab.cpp" line="+58"/>
        <source>Time over which the exponents are averaged, after the transient</source>
        <translation>Durée sur laquelle les exposants sont moyennés, après le transitoire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time run first and forgotten: it brings the state onto the attractor</source>
        <translation>Durée simulée d’abord puis oubliée : elle amène l’état sur l’attracteur</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+10"/>
        <source>Averaging time</source>
        <translation>Durée de moyennage</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Transient</source>
        <translation>Transitoire</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Convergence of the exponents</source>
        <translation>Convergence des exposants</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Running estimate</source>
        <translation>Estimation courante</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The averaging time</source>
        <translation>La durée de moyennage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The transient</source>
        <translation>Le transitoire</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No exponents: %1</source>
        <translation>Aucun exposant : %1</translation>
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
        <translation>(publié : %1)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Kaplan–Yorke dimension: %1</source>
        <translation>Dimension de Kaplan–Yorke : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sum of the exponents: %1</source>
        <translation>Somme des exposants : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Averaged over t = %1 after a transient of %2, step %3</source>
        <translation>Moyenne sur t = %1 après un transitoire de %2, pas %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dashed lines: published values (%1).</source>
        <translation>Lignes en tirets : valeurs publiées (%1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>λ%1</source>
        <translation>λ%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>published λ%1</source>
        <translation>λ%1 publié</translation>
    </message>
</context>
<context>
    <name>flowscope::MainWindow</name>
    <message>
        <location filename="../app/gui/main_window.cpp" line="+24"/>
        <source>&amp;Chaotic System Scene</source>
        <translation>Système &amp;chaotique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Langevin Scene</source>
        <translation>Scène de &amp;Langevin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Diffusion Sampling Scene</source>
        <translation>Échantillonnage par &amp;diffusion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schrödinger &amp;Bridge Scene</source>
        <translation>&amp;Pont de Schrödinger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>La&amp;tent Trajectories Scene</source>
        <translation>&amp;Trajectoires latentes</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New From &amp;Preset</source>
        <translation>Nouveau depuis un &amp;modèle</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open Preset</source>
        <translation>Ouvrir un modèle</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open Scene State…</source>
        <translation>&amp;Ouvrir un état de scène…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save Scene S&amp;tate…</source>
        <translation>Enregistrer l’é&amp;tat de scène…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Flowscope</source>
        <translation>À &amp;propos de Flowscope</translation>
    </message>
    <message>
        <location line="+67"/>
        <location line="+4"/>
        <source>Open Scene State</source>
        <translation>Ouvrir un état de scène</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Scene states (*.json);;All files (*)</source>
        <translation>États de scène (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <source>Save Scene State</source>
        <translation>Enregistrer l’état de scène</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Scene states (*.json)</source>
        <translation>États de scène (*.json)</translation>
    </message>
    <message>
        <location line="+8"/>
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
    <name>flowscope::MixtureEditor</name>
    <message>
        <location filename="../widgets/scenes/diffusion/mixture_editor.cpp" line="+34"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new isotropic component at the origin</source>
        <translation>Une nouvelle composante isotrope à l&apos;origine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>weight</source>
        <translation>poids</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>σ</source>
        <translation>σ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>full</source>
        <translation>pleine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>low-rank</source>
        <translation>rang faible</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The covariance as loaded; edit it in the JSON file</source>
        <translation>La covariance telle que chargée ; à modifier dans le fichier JSON</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Component %1: the weight is not a number</source>
        <translation>Composante %1 : le poids n&apos;est pas un nombre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Component %1: the mean is not a number</source>
        <translation>Composante %1 : la moyenne n&apos;est pas un nombre</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Component %1: σ is not a number</source>
        <translation>Composante %1 : σ n&apos;est pas un nombre</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>A mixture needs at least one component</source>
        <translation>Un mélange a besoin d’au moins une composante</translation>
    </message>
</context>
<context>
    <name>flowscope::OrbitDiagramTab</name>
    <message>
        <location filename="../widgets/scenes/chaotic/orbit_diagram_tab.cpp" line="+45"/>
        <source>First value of the parameter</source>
        <translation>Première valeur du paramètre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last value of the parameter</source>
        <translation>Dernière valeur du paramètre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time run first and discarded at every value</source>
        <translation>Durée simulée d’abord puis ignorée pour chaque valeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time over which maxima are recorded at every value</source>
        <translation>Durée pendant laquelle les maxima sont enregistrés pour chaque valeur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The parameter that is varied; the others keep their current values</source>
        <translation>Le paramètre que l’on fait varier ; les autres gardent leurs valeurs actuelles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The variable whose local maxima are plotted</source>
        <translation>La variable dont les maxima locaux sont tracés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Number of parameter values, evenly spaced</source>
        <translation>Nombre de valeurs du paramètre, régulièrement espacées</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Parameter</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maxima of</source>
        <translation>Maxima de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transient</source>
        <translation>Transitoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample time</source>
        <translation>Durée d’échantillonnage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orbit diagram</source>
        <translation>Diagramme d’orbites</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>This system has no parameter that an orbit diagram can vary.</source>
        <translation>Ce système n’a aucun paramètre qu’un diagramme d’orbites puisse faire varier.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The range must increase: “From” is above “To”.</source>
        <translation>L’intervalle doit être croissant : «&#xa0;De&#xa0;» est supérieur à «&#xa0;À&#xa0;».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The transient with the sample time</source>
        <translation>Le transitoire ajouté à la durée d’échantillonnage</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 values of %2 from %3 to %4: %5 maxima, %6 distinct points plotted.</source>
        <translation>%1 valeurs de %2 de %3 à %4 : %5 maxima, %6 points distincts tracés.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Values that blew up: %1 (only the maxima before that are shown).</source>
        <translation>Valeurs ayant divergé : %1 (seuls les maxima antérieurs sont affichés).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Maxima of %1 against %2</source>
        <translation>Maxima de %1 en fonction de %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>maxima of %1</source>
        <translation>maxima de %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>current %1</source>
        <translation>valeur actuelle de %1</translation>
    </message>
</context>
<context>
    <name>flowscope::ParameterPlanePanel</name>
    <message>
        <location filename="../widgets/scenes/chaotic/parameter_plane_panel.cpp" line="+33"/>
        <source>Compute</source>
        <translation>Calculer</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cells along each axis; each cell integrates the tangent flow for %1 time units</source>
        <translation>Cellules par axe ; chaque cellule intègre le flot tangent pendant %1 unités de temps</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Horizontal</source>
        <translation>Horizontal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vertical</source>
        <translation>Vertical</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cells per axis</source>
        <translation>Cellules par axe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>λ₁</source>
        <translation>λ₁</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The largest Lyapunov exponent over two parameters: blue is order, red is chaos. Click the map to move the scene there.</source>
        <translation>Le plus grand exposant de Lyapunov sur deux paramètres : bleu, l’ordre ; rouge, le chaos. Un clic sur la carte y place la scène.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This system has fewer than two parameters to sweep.</source>
        <translation>Ce système a moins de deux paramètres à balayer.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose two different parameters.</source>
        <translation>Choisissez deux paramètres différents.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Computing %1 cells…</source>
        <translation>Calcul de %1 cellules…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 cells in %2 s on %3 threads; %4 blew up</source>
        <translation>%1 cellules en %2 s sur %3 threads ; %4 ont divergé</translation>
    </message>
</context>
<context>
    <name>flowscope::ParameterPlaneView</name>
    <message numerus="yes">
        <location filename="../widgets/panels/parameter_plane_view.cpp" line="+225"/>
        <source>%n cell(s) blew up (grey)</source>
        <translation>
            <numerusform>%n cellule a divergé (gris)</numerusform>
            <numerusform>%n cellules ont divergé (gris)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flowscope::PlotWidget</name>
    <message>
        <location filename="../widgets/panels/plot_widget.cpp" line="+101"/>
        <source>No data yet</source>
        <translation>Pas encore de données</translation>
    </message>
</context>
<context>
    <name>flowscope::PoincareTab</name>
    <message>
        <location filename="../widgets/scenes/chaotic/poincare_tab.cpp" line="+59"/>
        <source>Mean of a short run</source>
        <translation>Moyenne d’une courte intégration</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show in 3-D view</source>
        <translation>Afficher dans la vue 3D</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The section plane: normal to one variable&apos;s axis, or any normal</source>
        <translation>Le plan de section : perpendiculaire à l’axe d’une variable, ou de normale quelconque</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Put the plane through the mean of n·x over a short run, so that the trajectory crosses it</source>
        <translation>Placer le plan à la moyenne de n·x sur une courte intégration, afin que la trajectoire le traverse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upward (n·f &gt; 0)</source>
        <translation>Vers le haut (n·f &gt; 0)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downward (n·f &lt; 0)</source>
        <translation>Vers le bas (n·f &lt; 0)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both</source>
        <translation>Les deux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length of the run whose crossings are recorded</source>
        <translation>Durée de l’intégration dont les intersections sont enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crossings before this time are not recorded</source>
        <translation>Les intersections antérieures à cet instant ne sont pas enregistrées</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Plane</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal n</source>
        <translation>Normale n</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offset c</source>
        <translation>Décalage c</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End time</source>
        <translation>Temps final</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transient</source>
        <translation>Transitoire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Crossings</source>
        <translation>Intersections</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Normal to %1</source>
        <translation>Perpendiculaire à l’axe %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom normal</source>
        <translation>Normale personnalisée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Component of the normal along %1</source>
        <translation>Composante de la normale selon %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This system has fewer variables</source>
        <translation>Ce système a moins de variables</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The normal of the plane must not be all zeros.</source>
        <translation>La normale du plan ne doit pas être nulle.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The end time</source>
        <translation>Le temps final</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The run for the mean blew up: %1</source>
        <translation>L’intégration pour la moyenne a divergé : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The run blew up: %1</source>
        <translation>L’intégration a divergé : %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>n·x = %1 with n = (%2)</source>
        <translation>n·x = %1 avec n = (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One crossing of %1</source>
        <translation>Une intersection avec le plan %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 crossings of %2</source>
        <translation>%1 intersections avec le plan %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The trajectory does not cross this plane: try another offset.</source>
        <translation>La trajectoire ne traverse pas ce plan : essayez un autre décalage.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Crossings of %1</source>
        <translation>Intersections avec le plan %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time of the crossing</source>
        <translation>Instant de l’intersection</translation>
    </message>
</context>
<context>
    <name>flowscope::SceneFrame</name>
    <message>
        <location filename="../widgets/scenes/common/scene_frame.cpp" line="+18"/>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
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
        <translation>La trajectoire a divergé après t = %1. Essayez un pas de temps plus petit ou d’autres paramètres.</translation>
    </message>
</context>
<context>
    <name>flowscope::SpikeRaster</name>
    <message>
        <location filename="../widgets/panels/spike_raster.cpp" line="+39"/>
        <source>Spike raster</source>
        <translation>Raster des potentiels</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No population data</source>
        <translation>Pas de données de population</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>n 1</source>
        <translation>n 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>time bin (%1 neurons)</source>
        <translation>intervalle de temps (%1 neurones)</translation>
    </message>
</context>
<context>
    <name>flowscope::SystemGallery</name>
    <message>
        <location filename="../widgets/panels/system_gallery.cpp" line="+17"/>
        <source>Largest Lyapunov exponent</source>
        <translation>Plus grand exposant de Lyapunov</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lyapunov spectrum</source>
        <translation>Spectre de Lyapunov</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kaplan–Yorke dimension</source>
        <translation>Dimension de Kaplan–Yorke</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search systems…</source>
        <translation>Rechercher des systèmes…</translation>
    </message>
</context>
<context>
    <name>flowscope::TimeScrubber</name>
    <message>
        <location filename="../widgets/scenes/common/time_scrubber.cpp" line="+17"/>
        <location line="+57"/>
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Playback speed</source>
        <translation>Vitesse de lecture</translation>
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
        <translation>La vue n’est pas visible : il n’y a rien à enregistrer.</translation>
    </message>
</context>
</TS>
