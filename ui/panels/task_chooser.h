#pragma once
// What the network learns: the next character (the language model), or one of the sequence
// tasks (docs/tasks.md) on built-in data or a file of the user's. Part of the model panel; it
// only describes the choice, the panel posts it (with its model settings) on Apply.
#include <optional>
#include <string>

#include <QGroupBox>

#include "core/engine/commands.h"
#include "core/engine/snapshot.h"

class QComboBox;
class QLabel;

namespace rnnscope::ui {

class TaskChooser : public QGroupBox {
  Q_OBJECT
public:
  explicit TaskChooser(QWidget* parent = nullptr);

  // The language model is chosen (no task).
  bool languageModel() const;
  // The chosen task with these settings; nullopt for the language model.
  std::optional<rnnscope::command::OpenTask> chosen(const rnnscope::TaskConfig& settings) const;
  // Shows what trains now (snapshot.task, null: the language model), unless the user changed the choice.
  void show(const rnnscope::TaskView* task);
  bool edited() const { return edited_; }
  void clearEdited();
  QComboBox* combo() const { return combo_; }

signals:
  void changed();

private:
  void choose(int index);
  void describe();
  int indexOfSource(const std::string& source) const;

  QComboBox* combo_ = nullptr;
  QLabel* about_ = nullptr;
  // A file of the user's: where, and how to read it (chosen when the file entry is picked).
  std::string fileSource_;
  rnnscope::TaskKind fileKind_ = rnnscope::TaskKind::Classify;
  rnnscope::Tokens fileTokens_ = rnnscope::Tokens::Words;
  bool edited_ = false;
  int shownIndex_ = 0;
};

}  // namespace rnnscope::ui
