#pragma once
// The desktop app's window: every panel in a dock (layouts persist), a toolbar that drives the
// engine (play, step, reset, speed), lessons, files, and a status bar that says how training
// and drawing are going.
#include <array>
#include <functional>
#include <memory>
#include <vector>

#include <QElapsedTimer>
#include <QIcon>
#include <QMainWindow>
#include <QSize>

#include "ui/comparison.h"
#include "ui/engine_bridge.h"
#include "ui/lessons.h"
#include "ui/panel.h"
#include "ui/slow_motion.h"

class QAction;
class QChart;
class QActionGroup;
class QComboBox;
class QDockWidget;
class QLabel;
class QMenu;
class QToolBar;
class QToolButton;

namespace rnnscope::ui {
class SessionAutosave;
class TourCard;
class WidgetHighlight;
}

namespace rnnscope::ui {

struct MainWindowOptions {
  // Restore and save window geometry, dock layout and settings (off for tests and screenshots,
  // which must not depend on, or change, what a user arranged).
  bool persistSettings = true;
  // Invalid: 1600x1000, shrunk to fit the screen. Valid: exactly this size (screenshots).
  QSize initialSize;
  // Where the session is autosaved (ui/session_autosave.h); empty: no autosave.
  QString autosaveDirectory;
  int autosaveIntervalMs = 3 * 60 * 1000;
  // A lesson that ships a trained state (ui/lesson_state.h) opens at its step; false: step 0.
  bool lessonFromShippedState = true;
};

class MainWindow : public QMainWindow {
  Q_OBJECT
public:
  explicit MainWindow(const Lesson& lesson, MainWindowOptions options = {}, QWidget* parent = nullptr);
  ~MainWindow() override;

  EngineBridge& bridge() { return *bridge_; }
  const Lesson& lesson() const { return lesson_; }
  const std::vector<Panel*>& panels() const { return panels_; }
  QDockWidget* dockFor(const QString& panelKey) const;
  Panel* panelFor(const QString& panelKey) const;
  // Shows a panel's dock and brings it to the front of its tab group.
  void raisePanel(const QString& panelKey);
  // Whether any part of the panel is on screen (not closed, not behind another tab): only
  // those panels render.
  bool isShowing(const Panel* panel) const;

  // Every render's duration in ms per panel (panels() order) while recording is on
  // (--ui-benchmark: which view costs the frame time).
  void recordRenderTimes(bool on);
  const std::vector<std::vector<double>>& renderTimes() const { return renderTimes_; }
  // Painting attributed to each panel per frame (ms), recorded alongside renderTimes().
  const std::vector<std::vector<double>>& paintTimes() const { return paintTimes_; }

  QAction* playAction() const { return play_; }
  QAction* stepAction() const { return step_; }
  QAction* rewindAction() const { return rewind_; }
  QAction* resetAction() const { return reset_; }
  QAction* compareAction() const { return compare_; }
  Comparison* comparison() const { return comparison_; }

  // Asks "This resets training. Continue?"; tests replace the dialog with an answer.
  using Confirm = std::function<bool(const QString& question)>;
  void setConfirm(Confirm confirm) { confirm_ = std::move(confirm); }

  // What panels call: commands that would throw away training ask first, unless nothing has
  // been trained yet. Returns the command's id; 0 when the user declined.
  rnnscope::CommandId postChecked(rnnscope::Command command);
  // What the model panel posts while it edits run B.
  rnnscope::CommandId postCheckedToB(rnnscope::Command command);
  // Compare mode on: B branches from A at the current step; off: B closes.
  void toggleCompare(bool on);
  // After a crash: asks whether to restore the session autosaved before it (the app calls
  // this once its window is shown). Tests replace the question with setConfirmRestore().
  void offerRestoreAfterCrash();
  void setConfirmRestore(Confirm confirm) { confirmRestore_ = std::move(confirm); }
  SessionAutosave* autosave() const { return autosave_; }
  // Loads a lesson into the running engine without asking; from its shipped state, if it has
  // one and `fromShippedState`, else from new weights.
  void applyLessonSampling();  // the lesson's sampling settings, into the Samples view
  void switchLesson(const Lesson& lesson, bool fromShippedState = true);
  // The live widget a tour page or lesson page names: "controls", "lesson", a panel key, or
  // "PANEL/OBJECT" (a named widget inside the panel); its dock is brought to the front.
  // nullptr when nothing has that name.
  QWidget* widgetFor(const QString& target);
  // The first-run tour (ui/tour.h); it opens by itself once, on the first start.
  void startTour();
  TourCard* tourCard() const { return tour_; }
  SlowMotion* slowMotion() const { return slowMotion_; }
  // Some panel still waits for the engine (e.g. the Cells view's connectivity): a picture now
  // would miss it.
  bool panelsPending() const;
  // The lesson's text page by page, framing what the page talks about.
  void showLessonPage(int index);
  int lessonPage() const { return lessonPage_; }
  // Puts the docks back where a fresh install has them (the spectra share a tab with the
  // gradient flow).
  void resetLayout();
  // Every panel visible at once, the charts in a 2 x 2 grid (large screens, --ui-benchmark).
  void showEveryPanel();

protected:
  bool event(QEvent* event) override;
  void closeEvent(QCloseEvent* event) override;
  void showEvent(QShowEvent* event) override;
  void changeEvent(QEvent* event) override;

private:
  void createPanels();
  void createActions();
  void createMenus();
  void createToolBars();
  void createStatusBar();
  void fitStatusLabels();
  enum class Layout { Classroom, EveryPanel };
  void applyLayout(Layout layout);
  void sizeDocks();
  void focusLessonPanels();
  QLabel* makeBanner(const QString& objectName);
  void fitBanners();
  void restoreSettings();
  void saveSettings() const;

  void render(const std::shared_ptr<const Snapshot>& snapshot);
  std::uint64_t frameKey(const Snapshot& a) const;
  // A lesson that opens comparing starts its run B beside A; any other lesson ends compare mode.
  void startLessonComparison();
  void showCompareBar();
  void renderPanel(Panel* panel, const Snapshot& snapshot);
  void updateControls(const Snapshot& snapshot);
  // After training stopped on a non-finite loss: offers to rewind about 50 steps, alone or with
  // the setting that would have helped (clipping, else a lower learning rate).
  void offerRewind(const Snapshot& snapshot);
  void updateStatus(const Snapshot& snapshot);
  void updateFrameRate();
  void showLessonBanner();
  void openShippedState(bool fromShippedState);
  void restartLesson(bool fromShippedState);

  bool hasTrained() const;
  bool confirmReset();
  void togglePlay(bool play);
  void stepIntoPhase(TrainingPhase phase);
  void chooseLesson(const QString& id);
  void openText();
  void openCheckpoint();
  void openRun();
  void saveRun();
  void saveCheckpoint();
  void restoreSession();
  void setSpeedIndex(int index);
  void changeTextSize(int deltaPoints);
  void showAbout();
  void chooseLanguage(const QString& code);
  void showLessonInfo();

  Lesson lesson_;
  MainWindowOptions options_;
  std::unique_ptr<EngineBridge> bridge_;
  Comparison* comparison_ = nullptr;  // run B (compare mode) through bridge_
  Confirm confirm_;
  Confirm confirmRestore_;
  SessionAutosave* autosave_ = nullptr;
  std::vector<Panel*> panels_;
  std::vector<QDockWidget*> docks_;
  std::vector<std::uint64_t> renderedSerial_;  // per panel
  std::vector<std::uint64_t> drawnVersion_;    // per panel, Panel::contentVersion at its last render
  std::vector<double> lastRenderMs_;           // per panel, the last render's duration
  std::vector<double> lastPaintMs_;            // per panel, its painting in the last frame it painted
  std::vector<double> renderEstimateMs_;       // per panel, expected cost of a render with news
  std::vector<double> paintEstimateMs_;        // per panel, expected painting after such a render
  std::vector<std::vector<QChart*>> chartsOf_; // per panel, its charts
  std::vector<double> paintAccumMs_;           // per panel, during the update being painted now
  int paintingPanel_ = -1;                     // whose paint event is running (-1: window chrome)
  qint64 paintMarkNs_ = 0;
  QElapsedTimer paintClock_;
  bool eventFilter(QObject* watched, QEvent* event) override;
  int panelIndexOf(QObject* object) const;
  void attributePaint(qint64 nowNs);
  std::size_t firstPanelNextFrame_ = 0;
  bool recordRenderTimes_ = false;
  std::vector<std::vector<double>> renderTimes_;
  std::vector<std::vector<double>> paintTimes_;

  QAction* play_ = nullptr;
  QAction* step_ = nullptr;
  QAction* reset_ = nullptr;
  QAction* slowMotionAction_ = nullptr;
  QAction* rewind_ = nullptr;  // to the newest kept point before the current step
  QAction* compare_ = nullptr;
  bool rewindOffered_ = false;  // for the non-finite message on show
  SlowMotion* slowMotion_ = nullptr;  // runs the training loop phase by phase (ui/slow_motion.h)
  QAction* openText_ = nullptr;
  QAction* openCheckpoint_ = nullptr;
  QAction* saveCheckpoint_ = nullptr;
  QAction* restoreSession_ = nullptr;
  QAction* openRun_ = nullptr;
  QAction* saveRun_ = nullptr;
  QAction* unpinRun_ = nullptr;
  QAction* quit_ = nullptr;
  QActionGroup* lessonGroup_ = nullptr;
  QMenu* viewMenu_ = nullptr;
  QActionGroup* languageGroup_ = nullptr;
  QToolBar* controlsBar_ = nullptr;
  QToolBar* lessonBar_ = nullptr;
  QToolBar* compareBar_ = nullptr;  // what A and B are, while comparing
  QLabel* compareLabel_ = nullptr;
  std::array<std::uint64_t, 3> compareBannerKey_{};  // A's and B's configRevision, the branch step
  QComboBox* speed_ = nullptr;
  QLabel* lessonLabel_ = nullptr;
  QToolButton* lessonStart_ = nullptr;  // "from step N" / "from scratch", for a lesson with a shipped state
  QAction* lessonStartAction_ = nullptr;
  QAction* pageBackAction_ = nullptr;  // the lesson's pages: back / next
  QAction* pageNextAction_ = nullptr;
  int lessonPage_ = 0;
  WidgetHighlight* highlight_ = nullptr;
  TourCard* tour_ = nullptr;
  bool tourOffered_ = false;
  std::int64_t openedAtStep_ = 0;      // the step the lesson opened at: training before it is not the user's

  QLabel* message_ = nullptr;
  QLabel* runState_ = nullptr;
  bool statusComparing_ = false;  // whether the status figures are sized for two runs
  bool showingTask_ = false;  // the last snapshot rendered was of a task (the predictions' tab is in front)
  bool statusTask_ = false;  // the status figures are sized for a task's (updateStatus)
  QLabel* stepLabel_ = nullptr;
  QLabel* lossLabel_ = nullptr;
  QLabel* rateLabel_ = nullptr;
  QLabel* frameLabel_ = nullptr;

  // The last command that may change whether training runs: until a snapshot reflects it, the
  // Play button shows what the user asked for, not what an older snapshot says.
  rnnscope::CommandId runCommand_ = 0;
  Layout layout_ = Layout::Classroom;
  bool wideClassroom_ = true;
  QString pinnedPanel_;  // raised by raisePanel(); stays in front of the lesson's panels
  bool restoredLayout_ = false;
  bool sizeDocksWhenShown_ = true;
  QString lastDirectory_;
};

// The app's icon, drawn at run time (a loop: the recurrence) so no image plugin is needed.
QIcon rnnscopeIcon();

// Trains `steps` updates, waits until the engine has refreshed every view for the last of
// them and the window has drawn it, then saves a picture of `subject` (the whole window when
// null; a panel's dock for pictures of one panel) to `path` (PNG).
// Returns an empty string on success, otherwise one line saying what went wrong.
QString captureAfterSteps(MainWindow& window, int steps, const QString& path, QWidget* subject = nullptr);
// Saves a picture of a widget (the window) as it is now.
QString saveWindowPicture(QWidget& window, const QString& path);

}  // namespace rnnscope::ui
