// The English texts of the scene settings that panels are built from
// (core/scene/scene_schema.cpp), listed for Qt Linguist: core has no Qt, so
// lupdate cannot see them there. parameter_row() translates them at run time
// in the "SceneSettings" context.
#include <QtGlobal>

namespace flowscope {
namespace {

[[maybe_unused]] const char* const kSettingTexts[] = {
    QT_TRANSLATE_NOOP("SceneSettings", "temperature (energy units)"),
    QT_TRANSLATE_NOOP("SceneSettings", "friction coefficient"),
    QT_TRANSLATE_NOOP("SceneSettings", "particle mass (underdamped methods)"),
    QT_TRANSLATE_NOOP("SceneSettings", "time step"),
    QT_TRANSLATE_NOOP("SceneSettings", "amplitude of the periodic force F cos(ωt) along x"),
    QT_TRANSLATE_NOOP("SceneSettings", "angular frequency ω of the periodic force"),
};

}  // namespace
}  // namespace flowscope
