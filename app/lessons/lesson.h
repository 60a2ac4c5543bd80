#pragma once
// A lesson's model: every setting a user can change (QtCore only), what is *about* that state (save,
// check and restore as JSON, the table as CSV, `gradlab render`'s options), and its undo steps. Views
// render a model and change it only through its setters; a setter validates, clamps, emits changed() once
// and records one undo step through edit().

#include "codegen/python_script.h"
#include "lessons/render_options.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <functional>
#include <memory>

namespace gradlab {

class EditRecorder;

class Lesson : public QObject {
    Q_OBJECT
public:
    explicit Lesson(QObject* parent = nullptr);

    /// The registry's id: "slope", "secant", … (lesson files, `gradlab render`, settings).
    virtual QString id() const = 0;

    /// Every setting a user can change, as a .gradlab file holds it (not a run's progress or the zoom).
    /// restore(save()) changes nothing.
    virtual QJsonObject save() const = 0;
    /// Why `state` (with save()'s keys and types) cannot be applied, or "" if it can.
    virtual QString check(const QJsonObject& state) const = 0;
    /// Applies a state that check() accepted; records no undo step (lesson files, undo and redo).
    void restore(const QJsonObject& state);

    /// Applies `gradlab render` options; false with a message (the parser's, with its column) if they do
    /// not fit. Records no undo step.
    bool applyOptions(const RenderOptions& options, QString* error);

    /// The lesson's table as CSV with a header row (the limit table, the steps, the sweep), or empty.
    virtual QByteArray tableCsv() const { return {}; }
    /// What the table is, for file names ("limit-table", "steps"): ASCII, the same in every language;
    /// empty without a table.
    virtual QString tableName() const { return {}; }
    /// What the table is, in the user's language, for menus ("limit table", "steps").
    virtual QString tableTitle() const { return {}; }

    /// The Python script that recomputes what the lesson shows now (View → Show Code, `gradlab code`), or
    /// why there is no faithful one.
    virtual PythonScript pythonScript(ScriptLanguage language) const;
    /// The lesson's title as the catalogue has it (untranslated), for a script's header.
    std::string scriptTitle() const;

    /// A model with the same settings and results, recording nothing (export figures draw a copy).
    virtual std::unique_ptr<Lesson> clone() const = 0;

    /// True while an animation changes the state by itself (the whole animation is one undo step).
    virtual bool isPlaying() const { return false; }
    /// Space: play or pause what this lesson animates (nothing by default).
    virtual void togglePlay() {}

    /// Where undo steps go; none (the default): changes are not recorded.
    void setRecorder(EditRecorder* recorder) { m_recorder = recorder; }
    /// Every change from here to endGesture() is one undo step (a drag from press to release, a slider
    /// held, an animation), named `name` if given (else after its first change). Gestures nest; the
    /// outermost one counts.
    void beginGesture(const QString& name = QString());
    void endGesture();
    bool inGesture() const { return m_gestureDepth > 0; }

signals:
    /// A setting may have changed (by the user, an animation or a restore): views redraw.
    void changed();
    /// An animation started or stopped.
    void playingChanged(bool playing);

protected:
    /// Runs `change` as the user action `text`: if save() differs afterwards, records one undo step
    /// (merged into the open gesture's). Edits inside an edit, a restore or applyOptions record nothing.
    void edit(const QString& text, const std::function<void()>& change);
    /// restore()'s work: apply a checked state.
    virtual void read(const QJsonObject& state) = 0;
    /// applyOptions()'s work.
    virtual bool apply(const RenderOptions& options, QString* error) = 0;

private:
    EditRecorder* m_recorder = nullptr;
    int m_editDepth = 0;
    int m_gestureDepth = 0;
    int m_gesture = 0; ///< the open gesture's serial (0: none)
    QString m_gestureName;
};

} // namespace gradlab
