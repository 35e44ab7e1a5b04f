#include "ui/panels/task_chooser.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QVBoxLayout>

#include "ui/panels/text_colormap.h"

namespace rnnscope::ui {

namespace {

// The built-in data of each kind (docs/tasks.md, "Built-in data"), with the size a session
// trains on: the first entry is the language model, the last a file of the user's.
struct Choice {
  const char* source;  // empty: the language model; "file": the user's
  const char* name;    // English; translated through the TaskChooser context
  const char* about;
};
constexpr Choice kChoices[] = {
    {"", QT_TRANSLATE_NOOP("TaskChooser", "Next character (language model)"),
     QT_TRANSLATE_NOOP("TaskChooser", "The network reads a text and predicts each next character: the loss is at every "
                                      "step (many-to-many).")},
    {"builtin:sentiment-en-20:6000:1", QT_TRANSLATE_NOOP("TaskChooser", "Sentiment of a review (classify)"),
     QT_TRANSLATE_NOOP("TaskChooser", "Many-to-one: a film review in, one label out of the last state. One adjective "
                                      "20 words before the end decides it, so the one loss must reach far back.")},
    {"builtin:sentiment-vi-20:6000:1", QT_TRANSLATE_NOOP("TaskChooser", "Sentiment of a Vietnamese review (classify)"),
     QT_TRANSLATE_NOOP("TaskChooser", "The same in Vietnamese (\"không hay\": not good): one label from the last state.")},
    {"builtin:quote-code-number:4000:1", QT_TRANSLATE_NOOP("TaskChooser", "Tag each character (tag)"),
     QT_TRANSLATE_NOOP("TaskChooser", "Many-to-many in step: a label for every character read, inside a quotation "
                                      "(q), inside `code` (c), a digit (n) or none (.).")},
    {"builtin:reverse:20000:1", QT_TRANSLATE_NOOP("TaskChooser", "Reverse a string (seq2seq)"),
     QT_TRANSLATE_NOOP("TaskChooser", "Many-to-many out of step: an encoder reads the letters, its last state starts "
                                      "a decoder that writes them backwards.")},
    {"builtin:addition:20000:1", QT_TRANSLATE_NOOP("TaskChooser", "Add two numbers (seq2seq)"),
     QT_TRANSLATE_NOOP("TaskChooser", "\"12+35\" in, \"47\" out: the encoder must carry both numbers in its state.")},
    {"builtin:shapes-caption:20000:1", QT_TRANSLATE_NOOP("TaskChooser", "Caption a picture (one-to-many)"),
     QT_TRANSLATE_NOOP("TaskChooser", "A 16×16 picture of shapes gives the decoder's first state; the decoder writes "
                                      "its caption word by word.")},
    {"builtin:shapes-vqa:20000:1", QT_TRANSLATE_NOOP("TaskChooser", "Answer a question about a picture (VQA)"),
     QT_TRANSLATE_NOOP("TaskChooser", "The question's last state and the picture's features together choose the "
                                      "answer.")},
    {"file", QT_TRANSLATE_NOOP("TaskChooser", "A task file of your own…"),
     QT_TRANSLATE_NOOP("TaskChooser", "label<TAB>text (classify), text<TAB>tags (tag) or source<TAB>target (seq2seq), "
                                      "one example per line.")},
};
constexpr int kFileIndex = static_cast<int>(std::size(kChoices)) - 1;

}  // namespace

TaskChooser::TaskChooser(QWidget* parent) : QGroupBox(tr("What the network learns · press Apply"), parent) {
  setObjectName(QStringLiteral("taskGroup"));
  auto* column = new QVBoxLayout(this);
  combo_ = new QComboBox(this);
  combo_->setObjectName(QStringLiteral("taskCombo"));
  for (const Choice& c : kChoices) combo_->addItem(QCoreApplication::translate("TaskChooser", c.name), QString::fromLatin1(c.source));
  combo_->setToolTip(tr("The shape of the problem: which outputs the network gives and where the loss is. The "
                        "recurrent cell, its size and the optimiser below apply to every task."));
  about_ = new QLabel(this);
  about_->setWordWrap(true);
  about_->setFont(text::uiFont(text::kSmallPointSize));
  column->addWidget(combo_);
  column->addWidget(about_);
  connect(combo_, &QComboBox::activated, this, &TaskChooser::choose);
  describe();
}

bool TaskChooser::languageModel() const { return combo_->currentIndex() == 0; }

std::optional<command::OpenTask> TaskChooser::chosen(const TaskConfig& settings) const {
  const int i = combo_->currentIndex();
  if (i == 0) return std::nullopt;
  command::OpenTask open;
  open.config = settings;
  if (i == kFileIndex) {
    open.source = fileSource_;
    open.kind = fileKind_;
    open.tokens = fileTokens_;
  } else {
    open.source = kChoices[i].source;  // a built-in decides its kind and tokens
  }
  return open;
}

// A file needs its kind and tokens; cancelling any question goes back to what was chosen.
void TaskChooser::choose(int index) {
  if (index == kFileIndex) {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a task file"), QString(),
                                                      tr("Tab-separated examples (*.tsv *.txt);;All files (*)"));
    const QStringList kinds{tr("classify: label<TAB>text"), tr("tag: text<TAB>tags"), tr("seq2seq: source<TAB>target")};
    bool ok = !path.isEmpty();
    const QString kind = ok ? QInputDialog::getItem(this, tr("Task file"), tr("What each line holds:"), kinds, 0, false, &ok)
                            : QString();
    const QStringList tokens{tr("words (split on spaces)"), tr("characters")};
    const QString unit = ok ? QInputDialog::getItem(this, tr("Task file"), tr("The tokens the network reads:"), tokens, 0,
                                                    false, &ok)
                            : QString();
    if (!ok) {
      combo_->setCurrentIndex(shownIndex_);
      describe();
      return;
    }
    fileSource_ = path.toStdString();
    const TaskKind byIndex[] = {TaskKind::Classify, TaskKind::Tag, TaskKind::Seq2Seq};
    fileKind_ = byIndex[kinds.indexOf(kind)];
    fileTokens_ = unit == tokens[0] ? Tokens::Words : Tokens::Characters;
    combo_->setItemText(kFileIndex, tr("File: %1").arg(QFileInfo(path).fileName()));
  }
  edited_ = index != shownIndex_ || index == kFileIndex;
  describe();
  emit changed();
}

void TaskChooser::describe() {
  const int i = std::max(0, combo_->currentIndex());
  about_->setText(QCoreApplication::translate("TaskChooser", kChoices[i].about));
}

int TaskChooser::indexOfSource(const std::string& source) const {
  if (source.empty()) return 0;
  for (int i = 1; i < kFileIndex; ++i)
    if (source == kChoices[i].source) return i;
  // the same built-in data of another size or seed (a lesson's): the entry of that name
  const std::string name = source.substr(0, source.find(':', 8));
  for (int i = 1; i < kFileIndex; ++i)
    if (std::string(kChoices[i].source).rfind(name + ":", 0) == 0) return i;
  return kFileIndex;
}

void TaskChooser::show(const TaskView* task) {
  shownIndex_ = task ? indexOfSource(task->source) : 0;
  if (shownIndex_ == kFileIndex && task) {
    fileSource_ = task->source;
    fileKind_ = task->kind;
    fileTokens_ = task->tokens;
    combo_->setItemText(kFileIndex, tr("File: %1").arg(QFileInfo(QString::fromStdString(task->source)).fileName()));
  }
  if (edited_) return;
  if (combo_->currentIndex() != shownIndex_) {
    combo_->setCurrentIndex(shownIndex_);
    describe();
  }
}

void TaskChooser::clearEdited() { edited_ = false; }

}  // namespace rnnscope::ui
