#include "widgets/panels/catalogue_texts.h"

#include <QCoreApplication>

namespace flowscope {
namespace {

// The core is free of Qt, so lupdate cannot see its strings there: they are
// listed here, word for word, for the translators.
[[maybe_unused]] constexpr const char* kCatalogueTexts[] = {
    QT_TRANSLATE_NOOP("Catalogue", "Lorenz"),
    QT_TRANSLATE_NOOP("Catalogue", "Prandtl number: how fast x relaxes towards y"),
    QT_TRANSLATE_NOOP("Catalogue", "Rayleigh number: the driving; chaos above about 24.74"),
    QT_TRANSLATE_NOOP("Catalogue", "geometric factor of the convection cell"),
    // rossler
    QT_TRANSLATE_NOOP("Catalogue", "Rössler"),
    QT_TRANSLATE_NOOP("Catalogue", "A spiral in the x-y plane folded back by rare bursts in z: the simplest picture of stretching and folding. Period doubling leads to chaos as c grows."),
    QT_TRANSLATE_NOOP("Catalogue", "rate of the outward spiral in the x-y plane"),
    QT_TRANSLATE_NOOP("Catalogue", "constant feed of z"),
    QT_TRANSLATE_NOOP("Catalogue", "threshold in x above which z bursts"),
    // chen
    QT_TRANSLATE_NOOP("Catalogue", "Chen"),
    QT_TRANSLATE_NOOP("Catalogue", "Found by feeding y back into itself (anti-control) in a Lorenz-like system: a two-lobed butterfly that is not equivalent to Lorenz's and stretches about twice as fast."),
    QT_TRANSLATE_NOOP("Catalogue", "coupling that pulls x towards y"),
    QT_TRANSLATE_NOOP("Catalogue", "damping of z"),
    QT_TRANSLATE_NOOP("Catalogue", "self-excitation of y added by the feedback"),
    // lu
    QT_TRANSLATE_NOOP("Catalogue", "Lü"),
    QT_TRANSLATE_NOOP("Catalogue", "The bridge between the Lorenz and Chen attractors: as c grows the butterfly changes from Lorenz-like to Chen-like shapes."),
    QT_TRANSLATE_NOOP("Catalogue", "growth rate of y: selects Lorenz-like or Chen-like shapes"),
    // chua
    QT_TRANSLATE_NOOP("Catalogue", "Chua"),
    QT_TRANSLATE_NOOP("Catalogue", "An electronic circuit of two capacitors, an inductor and a piecewise-linear negative resistor (Chua's diode). Orbits spiral around two outer equilibria and jump between them: the double scroll."),
    QT_TRANSLATE_NOOP("Catalogue", "ratio of the two capacitances, C2 / C1"),
    QT_TRANSLATE_NOOP("Catalogue", "stiffness of the inductor loop, C2 R^2 / L"),
    QT_TRANSLATE_NOOP("Catalogue", "slope of the diode for |x| < 1"),
    QT_TRANSLATE_NOOP("Catalogue", "slope of the diode for |x| > 1"),
    // arneodo
    QT_TRANSLATE_NOOP("Catalogue", "Arneodo"),
    QT_TRANSLATE_NOOP("Catalogue", "A third-order (jerk) equation whose orbits spiral out of a saddle-focus and are reinjected along its stable direction: Shilnikov's mechanism for chaos."),
    QT_TRANSLATE_NOOP("Catalogue", "linear term that pushes x away from 0"),
    QT_TRANSLATE_NOOP("Catalogue", "damping of the velocity y"),
    QT_TRANSLATE_NOOP("Catalogue", "damping of the acceleration z"),
    // genesio-tesi
    QT_TRANSLATE_NOOP("Catalogue", "Genesio–Tesi"),
    QT_TRANSLATE_NOOP("Catalogue", "A feedback control loop with a single quadratic nonlinearity, written as a jerk equation. Its one-scroll attractor sits next to orbits that escape to infinity."),
    QT_TRANSLATE_NOOP("Catalogue", "linear restoring force on x"),
    // shimizu-morioka
    QT_TRANSLATE_NOOP("Catalogue", "Shimizu–Morioka"),
    QT_TRANSLATE_NOOP("Catalogue", "A model of a symmetric limit cycle that loses its symmetry; close to the Lorenz system near its homoclinic bifurcations, with a Lorenz-like two-lobed attractor."),
    QT_TRANSLATE_NOOP("Catalogue", "damping of y"),
    // burke-shaw
    QT_TRANSLATE_NOOP("Catalogue", "Burke–Shaw"),
    QT_TRANSLATE_NOOP("Catalogue", "Bill Burke's variant of the Lorenz equations, studied by Robert Shaw: a two-scroll attractor symmetric under (x, y) -> (-x, -y), fed by the constant drive v in z."),
    QT_TRANSLATE_NOOP("Catalogue", "rate of the rotation and coupling"),
    QT_TRANSLATE_NOOP("Catalogue", "constant drive of z"),
    // rabinovich-fabrikant
    QT_TRANSLATE_NOOP("Catalogue", "Rabinovich–Fabrikant"),
    QT_TRANSLATE_NOOP("Catalogue", "Amplitude equations for modulational instability of waves in a nonequilibrium medium. Its attractors change shape abruptly with the parameters; small steps are needed near the fast excursions."),
    QT_TRANSLATE_NOOP("Catalogue", "growth rate of the unstable wave"),
    QT_TRANSLATE_NOOP("Catalogue", "damping of the medium"),
    // thomas
    QT_TRANSLATE_NOOP("Catalogue", "Thomas"),
    QT_TRANSLATE_NOOP("Catalogue", "A damped particle in a three-dimensional lattice of forces, the same law for each axis in turn. Lowering the friction b leads through period doubling to chaos and, at b = 0, to a random walk through the lattice."),
    QT_TRANSLATE_NOOP("Catalogue", "friction; chaos below about 0.208"),
    // halvorsen
    QT_TRANSLATE_NOOP("Catalogue", "Halvorsen"),
    QT_TRANSLATE_NOOP("Catalogue", "A cyclically symmetric quadratic flow: three interlocked lobes that map onto each other under x -> y -> z -> x."),
    QT_TRANSLATE_NOOP("Catalogue", "damping of each variable"),
    // aizawa
    QT_TRANSLATE_NOOP("Catalogue", "Aizawa"),
    QT_TRANSLATE_NOOP("Catalogue", "Rotation about the z axis combined with a vertical relaxation oscillation: orbits wind over a sphere-like shell and escape through a tube along the axis. The small x^3 term breaks the rotational symmetry."),
    QT_TRANSLATE_NOOP("Catalogue", "growth rate of z near the axis"),
    QT_TRANSLATE_NOOP("Catalogue", "height at which rotation turns from decaying to growing"),
    QT_TRANSLATE_NOOP("Catalogue", "constant lift of z"),
    QT_TRANSLATE_NOOP("Catalogue", "angular speed about the z axis"),
    QT_TRANSLATE_NOOP("Catalogue", "coupling of the radius to the height"),
    QT_TRANSLATE_NOOP("Catalogue", "symmetry-breaking x^3 term"),
    // four-wing
    QT_TRANSLATE_NOOP("Catalogue", "Wang–Sun four-wing"),
    QT_TRANSLATE_NOOP("Catalogue", "A quadratic flow whose attractor has four wings, two above and two below the x-y plane, visited in an irregular order: a contrast with the two-winged Lorenz family."),
    QT_TRANSLATE_NOOP("Catalogue", "self-excitation of x"),
    QT_TRANSLATE_NOOP("Catalogue", "weak linear coupling from x to y"),
    // sakarya
    QT_TRANSLATE_NOOP("Catalogue", "Sakarya"),
    QT_TRANSLATE_NOOP("Catalogue", "A member of the generalised Lorenz family, realised by its authors as an electronic circuit: a broad two-winged attractor."),
    QT_TRANSLATE_NOOP("Catalogue", "strength of the x z coupling into y"),
    QT_TRANSLATE_NOOP("Catalogue", "strength of the x y coupling into z"),
    // dadras
    QT_TRANSLATE_NOOP("Catalogue", "Dadras"),
    QT_TRANSLATE_NOOP("Catalogue", "A quadratic system built for circuit realisation that, depending on its parameters, shows two-, three- or four-scroll attractors; the defaults give two scrolls."),
    QT_TRANSLATE_NOOP("Catalogue", "damping of x"),
    QT_TRANSLATE_NOOP("Catalogue", "strength of the y z coupling into x"),
    QT_TRANSLATE_NOOP("Catalogue", "self-excitation of y"),
    // newton-leipnik
    QT_TRANSLATE_NOOP("Catalogue", "Newton–Leipnik"),
    QT_TRANSLATE_NOOP("Catalogue", "Euler's equations of a rigid body with linear feedback control. Two strange attractors coexist, mirror images of each other; the initial state picks one."),
    QT_TRANSLATE_NOOP("Catalogue", "damping of the first angular velocity"),
    QT_TRANSLATE_NOOP("Catalogue", "feedback gain on the third angular velocity"),
    // chen-lee
    QT_TRANSLATE_NOOP("Catalogue", "Chen–Lee"),
    QT_TRANSLATE_NOOP("Catalogue", "A gyrostat (rigid body) whose angular velocities are driven by linear feedback (anti-control of chaos). The attractor is unchanged by a half-turn about the z axis."),
    QT_TRANSLATE_NOOP("Catalogue", "feedback gain on the first axis"),
    QT_TRANSLATE_NOOP("Catalogue", "feedback gain on the second axis"),
    QT_TRANSLATE_NOOP("Catalogue", "feedback gain on the third axis"),
    // rucklidge
    QT_TRANSLATE_NOOP("Catalogue", "Rucklidge"),
    QT_TRANSLATE_NOOP("Catalogue", "A model of two-dimensional convection with a magnetic field or rotation (double convection): the convection roll reverses its direction at irregular times, as in the Lorenz model."),
    QT_TRANSLATE_NOOP("Catalogue", "damping of the convective motion"),
    QT_TRANSLATE_NOOP("Catalogue", "driving by the temperature difference"),
    // nose-hoover
    QT_TRANSLATE_NOOP("Catalogue", "Nosé–Hoover"),
    QT_TRANSLATE_NOOP("Catalogue", "A harmonic oscillator coupled to a thermostat variable z that holds its mean kinetic energy at a. Time-reversible and volume-preserving on average: a chaotic sea surrounds nested invariant tori, and the initial state decides which one is seen."),
    QT_TRANSLATE_NOOP("Catalogue", "target temperature: the mean of y^2 the thermostat enforces"),
    // lorenz84
    QT_TRANSLATE_NOOP("Catalogue", "Lorenz-84"),
    QT_TRANSLATE_NOOP("Catalogue", "The general circulation of the atmosphere in three modes (also called the Hadley circulation model): x is the westerly wind, y and z a chain of eddies that it drives and that drain it."),
    QT_TRANSLATE_NOOP("Catalogue", "damping of the westerly wind"),
    QT_TRANSLATE_NOOP("Catalogue", "rate at which the wind displaces the eddies"),
    QT_TRANSLATE_NOOP("Catalogue", "equator-to-pole heating that drives the wind"),
    QT_TRANSLATE_NOOP("Catalogue", "land-sea heating contrast that drives the eddies"),
    // rikitake
    QT_TRANSLATE_NOOP("Catalogue", "Rikitake dynamo"),
    QT_TRANSLATE_NOOP("Catalogue", "Two coupled disk dynamos, a toy model of the Earth's magnetic field: the currents x and y reverse sign at irregular intervals, like geomagnetic reversals."),
    QT_TRANSLATE_NOOP("Catalogue", "resistive dissipation in each disk"),
    QT_TRANSLATE_NOOP("Catalogue", "difference of the two disks' angular velocities"),
    // moore-spiegel
    QT_TRANSLATE_NOOP("Catalogue", "Moore–Spiegel"),
    QT_TRANSLATE_NOOP("Catalogue", "A thermally excited oscillator: a parcel of gas in a star's atmosphere, heated and buoyant, oscillating in a magnetic field. Its irregular pulsations were an early example of chaos in astrophysics."),
    QT_TRANSLATE_NOOP("Catalogue", "restoring force of the magnetic field"),
    QT_TRANSLATE_NOOP("Catalogue", "thermal driving: the buoyancy of the parcel"),
    // finance
    QT_TRANSLATE_NOOP("Catalogue", "Finance"),
    QT_TRANSLATE_NOOP("Catalogue", "A macroeconomic model in which the interest rate x, the investment demand y and the price index z feed back on each other; rates and prices fluctuate without ever repeating."),
    QT_TRANSLATE_NOOP("Catalogue", "saving amount"),
    QT_TRANSLATE_NOOP("Catalogue", "cost per investment"),
    QT_TRANSLATE_NOOP("Catalogue", "elasticity of demand"),
    // bouali
    QT_TRANSLATE_NOOP("Catalogue", "Bouali"),
    QT_TRANSLATE_NOOP("Catalogue", "An economic cycle model extended with a feedback loop; its attractor has a characteristic long stretched loop next to a compact spiral."),
    QT_TRANSLATE_NOOP("Catalogue", "strength of the feedback of z into x"),
    QT_TRANSLATE_NOOP("Catalogue", "nonlinear coupling of x and z"),
    // diffusionless-lorenz
    QT_TRANSLATE_NOOP("Catalogue", "Diffusionless Lorenz"),
    QT_TRANSLATE_NOOP("Catalogue", "The Lorenz equations in the limit of high Rayleigh and Prandtl numbers, where diffusion drops out and one parameter R remains. Same butterfly, simpler algebra."),
    QT_TRANSLATE_NOOP("Catalogue", "the single driving parameter"),
    // sprott-a
    QT_TRANSLATE_NOOP("Catalogue", "Sprott A"),
    QT_TRANSLATE_NOOP("Catalogue", "The first case of the search, identical to the Nosé–Hoover thermostat: conservative on average, so orbits wander a chaotic sea instead of settling on an attractor."),
    // sprott-b
    QT_TRANSLATE_NOOP("Catalogue", "Sprott B"),
    QT_TRANSLATE_NOOP("Catalogue", "Five terms and two quadratic nonlinearities: a dissipative two-lobed attractor symmetric under (x, y) -> (-x, -y)."),
    // sprott-c
    QT_TRANSLATE_NOOP("Catalogue", "Sprott C"),
    QT_TRANSLATE_NOOP("Catalogue", "Case B with x^2 in place of x y in the last equation: the two lobes are joined differently but the attractor keeps the same symmetry."),
    // sprott-d
    QT_TRANSLATE_NOOP("Catalogue", "Sprott D"),
    QT_TRANSLATE_NOOP("Catalogue", "A rotation in x-y coupled to z through x z and 3 y^2; the single equilibrium at the origin is the only one and the attractor winds around it."),
    // sprott-e
    QT_TRANSLATE_NOOP("Catalogue", "Sprott E"),
    QT_TRANSLATE_NOOP("Catalogue", "Five terms with two quadratic nonlinearities and a single equilibrium, around which the attractor winds."),
    // sprott-f
    QT_TRANSLATE_NOOP("Catalogue", "Sprott F"),
    QT_TRANSLATE_NOOP("Catalogue", "An unstable oscillation in x-y (its growth set by a) reinjected by the single nonlinearity x^2: a Rössler-like folded band."),
    QT_TRANSLATE_NOOP("Catalogue", "growth rate of the oscillation in the x-y plane"),
    // sprott-g
    QT_TRANSLATE_NOOP("Catalogue", "Sprott G"),
    QT_TRANSLATE_NOOP("Catalogue", "A self-excited x (rate a) held in check only through the product x z that feeds y."),
    // sprott-h
    QT_TRANSLATE_NOOP("Catalogue", "Sprott H"),
    QT_TRANSLATE_NOOP("Catalogue", "Like case F an unstable x-y oscillation, but folded back by z^2 in the first equation, where z lags behind x."),
    // sprott-i
    QT_TRANSLATE_NOOP("Catalogue", "Sprott I"),
    QT_TRANSLATE_NOOP("Catalogue", "A weakly chaotic case (small Lyapunov exponent): a slow rotation in x-y set by a, folded by y^2."),
    QT_TRANSLATE_NOOP("Catalogue", "frequency factor of the x-y rotation"),
    // sprott-j
    QT_TRANSLATE_NOOP("Catalogue", "Sprott J"),
    QT_TRANSLATE_NOOP("Catalogue", "A single quadratic nonlinearity y^2 with strongly damped y; orbits make long excursions in x."),
    // sprott-k
    QT_TRANSLATE_NOOP("Catalogue", "Sprott K"),
    QT_TRANSLATE_NOOP("Catalogue", "A growing z (rate a) pushes x down, while x is limited only through the product x y with its lagging copy y."),
    QT_TRANSLATE_NOOP("Catalogue", "growth rate of z"),
    // sprott-l
    QT_TRANSLATE_NOOP("Catalogue", "Sprott L"),
    QT_TRANSLATE_NOOP("Catalogue", "A single quadratic term a x^2, with z integrating the offset of x from 1; the attractor surrounds the only equilibrium."),
    QT_TRANSLATE_NOOP("Catalogue", "strength of the x^2 nonlinearity"),
    QT_TRANSLATE_NOOP("Catalogue", "coupling of z into x"),
    // sprott-m
    QT_TRANSLATE_NOOP("Catalogue", "Sprott M"),
    QT_TRANSLATE_NOOP("Catalogue", "An oscillation in x-z kept going by a and bent by y, which follows -x^2."),
    QT_TRANSLATE_NOOP("Catalogue", "drive and stiffness of the x-z oscillation"),
    // sprott-n
    QT_TRANSLATE_NOOP("Catalogue", "Sprott N"),
    QT_TRANSLATE_NOOP("Catalogue", "A rotation in x-y fed by z^2, where z relaxes quickly towards (1 + y) / 2."),
    // sprott-o
    QT_TRANSLATE_NOOP("Catalogue", "Sprott O"),
    QT_TRANSLATE_NOOP("Catalogue", "A second-order oscillator in x with z acting as a nonlinear, velocity-driven spring through x z and a y."),
    QT_TRANSLATE_NOOP("Catalogue", "velocity feedback into z"),
    // sprott-p
    QT_TRANSLATE_NOOP("Catalogue", "Sprott P"),
    QT_TRANSLATE_NOOP("Catalogue", "An x-y rotation (frequency set by a) destabilised by y^2 and stirred by z, the running sum of x + y."),
    QT_TRANSLATE_NOOP("Catalogue", "coupling of y into x: the rotation frequency"),
    // sprott-q
    QT_TRANSLATE_NOOP("Catalogue", "Sprott Q"),
    QT_TRANSLATE_NOOP("Catalogue", "An unstable x-z oscillation (growth b) where y follows x with a lag and folds the orbit through y^2."),
    QT_TRANSLATE_NOOP("Catalogue", "stiffness of the x-z oscillation"),
    // sprott-r
    QT_TRANSLATE_NOOP("Catalogue", "Sprott R"),
    QT_TRANSLATE_NOOP("Catalogue", "Two constant drives a and b with the single product x y as nonlinearity; the attractor surrounds the only equilibrium."),
    QT_TRANSLATE_NOOP("Catalogue", "constant drive of x"),
    QT_TRANSLATE_NOOP("Catalogue", "constant drive of y"),
    // sprott-s
    QT_TRANSLATE_NOOP("Catalogue", "Sprott S"),
    QT_TRANSLATE_NOOP("Catalogue", "The last case of the list: a damped x-y rotation driven by z^2, where z integrates 1 + x."),
    // sprott-jerk
    QT_TRANSLATE_NOOP("Catalogue", "Sprott jerk"),
    QT_TRANSLATE_NOOP("Catalogue", "The algebraically simplest dissipative chaotic flow known: the third derivative of x (the jerk) depends on one quadratic term. Chaos lives only in a narrow window of a around 2.02."),
    QT_TRANSLATE_NOOP("Catalogue", "damping of the acceleration; chaotic for 2.0168 < A < 2.0577"),
    // duffing
    QT_TRANSLATE_NOOP("Catalogue", "Duffing"),
    QT_TRANSLATE_NOOP("Catalogue", "A periodically forced oscillator with a cubic spring; with alpha < 0 it is a particle in a double well, shaken hard enough to hop between the wells at random. A stroboscopic view at the forcing period shows the fractal attractor."),
    QT_TRANSLATE_NOOP("Catalogue", "damping"),
    QT_TRANSLATE_NOOP("Catalogue", "linear stiffness; negative makes a double well"),
    QT_TRANSLATE_NOOP("Catalogue", "cubic stiffness"),
    QT_TRANSLATE_NOOP("Catalogue", "forcing amplitude"),
    QT_TRANSLATE_NOOP("Catalogue", "forcing angular frequency"),
    // van-der-pol
    QT_TRANSLATE_NOOP("Catalogue", "Forced van der Pol"),
    QT_TRANSLATE_NOOP("Catalogue", "A self-sustained relaxation oscillator (a triode circuit, a heartbeat) driven periodically. Between the frequency-locked windows the response is chaotic."),
    QT_TRANSLATE_NOOP("Catalogue", "strength of the nonlinear damping"),
    // double-pendulum
    QT_TRANSLATE_NOOP("Catalogue", "Double pendulum"),
    QT_TRANSLATE_NOOP("Catalogue", "A pendulum hanging from a pendulum, both with equal masses and lengths, without friction. At low energy it swings regularly; started high, as here, it tumbles chaotically while conserving energy."),
    QT_TRANSLATE_NOOP("Catalogue", "gravitational acceleration"),
    QT_TRANSLATE_NOOP("Catalogue", "length of each rod"),
    // hindmarsh-rose
    QT_TRANSLATE_NOOP("Catalogue", "Hindmarsh–Rose"),
    QT_TRANSLATE_NOOP("Catalogue", "A neuron model: x is the membrane potential, y a fast recovery current and z a slow adaptation current. With this injected current the cell fires bursts of spikes whose lengths vary chaotically; watch x against time."),
    QT_TRANSLATE_NOOP("Catalogue", "cubic term of the fast subsystem"),
    QT_TRANSLATE_NOOP("Catalogue", "quadratic term of the fast subsystem"),
    QT_TRANSLATE_NOOP("Catalogue", "constant drive of the recovery current"),
    QT_TRANSLATE_NOOP("Catalogue", "coupling of the potential into the recovery current"),
    QT_TRANSLATE_NOOP("Catalogue", "rate of the slow adaptation current"),
    QT_TRANSLATE_NOOP("Catalogue", "strength of the adaptation"),
    QT_TRANSLATE_NOOP("Catalogue", "resting potential the adaptation refers to"),
    QT_TRANSLATE_NOOP("Catalogue", "injected current"),
    // lorenz96
    QT_TRANSLATE_NOOP("Catalogue", "Lorenz-96"),
    QT_TRANSLATE_NOOP("Catalogue", "A ring of N sites along a latitude circle carrying a weather-like quantity: advection by the neighbours, damping and forcing F. For F = 8 waves travel round the ring and break chaotically; raising N adds more unstable directions."),
    QT_TRANSLATE_NOOP("Catalogue", "forcing; chaos sets in above about F = 5"),
    QT_TRANSLATE_NOOP("Catalogue", "number of sites on the ring"),
    // lorenz-stenflo
    QT_TRANSLATE_NOOP("Catalogue", "Lorenz–Stenflo"),
    QT_TRANSLATE_NOOP("Catalogue", "Lorenz's convection equations extended by a fourth mode for low-frequency acoustic-gravity waves in a rotating atmosphere; s measures the rotation."),
    QT_TRANSLATE_NOOP("Catalogue", "Prandtl number"),
    QT_TRANSLATE_NOOP("Catalogue", "geometric factor"),
    QT_TRANSLATE_NOOP("Catalogue", "Rayleigh number: the driving"),
    QT_TRANSLATE_NOOP("Catalogue", "rotation number"),
    // hyper-rossler
    QT_TRANSLATE_NOOP("Catalogue", "Hyperchaotic Rössler"),
    QT_TRANSLATE_NOOP("Catalogue", "The first hyperchaotic flow: a fourth variable w adds a second unstable direction, so nearby orbits separate along two directions at once (two positive Lyapunov exponents)."),
    QT_TRANSLATE_NOOP("Catalogue", "coupling of z into w"),
    QT_TRANSLATE_NOOP("Catalogue", "self-excitation of w"),
};

}  // namespace

QString translatedSystemName(const System& system) {
  return QCoreApplication::translate("Catalogue", std::string(system.name()).c_str());
}

QString translatedDescriptionOf(const System& system) {
  return QCoreApplication::translate("Catalogue", std::string(system.description()).c_str());
}

QString translatedDescription(const ParameterSpec& spec) {
  return QCoreApplication::translate("Catalogue", spec.description.c_str());
}

}  // namespace flowscope
