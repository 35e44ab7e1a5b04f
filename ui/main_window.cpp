#include "ui/main_window.h"

#include <algorithm>
#include <cmath>

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QChart>
#include <QGraphicsScene>
#include <QChartView>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QImageWriter>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QProcess>
#include <QPushButton>
#include <QPainterPath>
#include <QScreen>
#include <QScrollArea>
#include <QShowEvent>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

#include "ui/chart_export.h"
#include "ui/engine_messages.h"
#include "ui/session_autosave.h"
#include "ui/language.h"
#include "ui/lesson_state.h"
#include "ui/panels/bptt_panel.h"
#include "ui/panels/bptt_stage.h"
#include "ui/tour.h"
#include "ui/widget_highlight.h"
#include "ui/panels/cells_panel.h"
#include "ui/panels/gradient_flow_panel.h"
#include "ui/panels/gradient_toy_panel.h"
#include "ui/panels/jacobian_panel.h"
#include "ui/panels/loss_panel.h"
#include "ui/panels/model_panel.h"
#include "ui/panels/predictions_panel.h"
#include "ui/panels/samples_panel.h"
#include "ui/panels/slow_motion_panel.h"
#include "ui/panels/weight_spectrum_panel.h"

namespace rnnscope::ui {

namespace {

constexpr int kLayoutVersion = 3;  // bump when the set of docks or the default layout changes: old layouts are dropped
constexpr int kSpeeds[] = {1, 5, 20, 0};  // steps per second; 0 = as fast as the CPU allows
constexpr int kMaxSpeedIndex = 3;
const QSize kDefaultSize(1600, 1000);
// How long a lesson page's frame stays: long enough to find it, short enough not to stay in the way.
constexpr int kLessonHighlightMs = 6000;
// From this window width the classroom layout has room for the settings as a column of their own.
constexpr int kWideLayoutWidth = 1450;
// What a frame may cost the UI thread (render and paint) before the remaining panels wait
// for the next tick; well under the 16 ms of a 60 Hz frame.
constexpr double kFrameBudgetMs = 7;

// A panel's expected cost: follows a rise at once (better to wait a frame than to overrun),
// and a fall slowly.
double updateEstimate(double estimate, double measured) {
  return measured >= estimate ? measured : 0.8 * estimate + 0.2 * measured;
}

// Two versions in one (run A's and run B's): changes when either does.
std::uint64_t mixed(std::uint64_t a, std::uint64_t b) { return a ^ ((b + 1) * 0x9E3779B97F4A7C15ULL); }

// Panel order; the default layout refers to panels by these positions.
enum PanelSlot { kModel, kLoss, kGradientFlow, kJacobian, kWeights, kBptt, kToy, kCells, kSamples, kSlowMotion, kPredictions, kPanelCount };

QString groupedNumber(double value) { return QLocale().toString(static_cast<qlonglong>(std::llround(value))); }

QString formatLoss(double nats) {
  return std::isfinite(nats) ? QLocale().toString(nats, 'f', 3) : QStringLiteral("–");
}

}  // namespace

QIcon rnnscopeIcon() {
  QIcon icon;
  for (int size : {16, 24, 32, 48, 64, 128, 256}) {
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0x1f, 0x4e, 0x79));
    p.drawRoundedRect(QRectF(0, 0, s, s), s * 0.18, s * 0.18);
    // a loop with an arrow head: the hidden state feeding back into itself
    QPen pen(QColor(0xff, 0xc1, 0x07), std::max(1.5, s * 0.09), Qt::SolidLine, Qt::RoundCap);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    const QRectF ring(s * 0.22, s * 0.22, s * 0.56, s * 0.56);
    p.drawArc(ring, 60 * 16, 300 * 16);
    QPainterPath head;
    const QPointF tip(s * 0.64, s * 0.24);
    head.moveTo(tip + QPointF(-s * 0.16, -s * 0.08));
    head.lineTo(tip);
    head.lineTo(tip + QPointF(-s * 0.06, s * 0.15));
    p.drawPath(head);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0xff, 0xff, 0xff));
    p.drawEllipse(QPointF(s * 0.5, s * 0.5), s * 0.08, s * 0.08);
    p.end();
    icon.addPixmap(pixmap);
  }
  return icon;
}

MainWindow::MainWindow(const Lesson& lesson, MainWindowOptions options, QWidget* parent)
    : QMainWindow(parent), lesson_(lesson), options_(options) {
  setObjectName(QStringLiteral("rnnscope.main"));
  setWindowIcon(rnnscopeIcon());
  bridge_ = std::make_unique<EngineBridge>(lesson_.toSetup());
  comparison_ = new Comparison(*bridge_, this);
  confirm_ = [this](const QString& question) {
    // Our own button texts: Qt ships no Vietnamese translation of its standard buttons.
    QMessageBox box(QMessageBox::Question, tr("Reset training?"), question, QMessageBox::NoButton, this);
    QPushButton* reset = box.addButton(tr("Reset and apply"), QMessageBox::AcceptRole);
    QPushButton* keep = box.addButton(tr("Keep training"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.exec();
    return box.clickedButton() == reset;
  };
  confirmRestore_ = [this](const QString& question) {
    QMessageBox box(QMessageBox::Question, tr("Restore the last session?"), question, QMessageBox::NoButton, this);
    QPushButton* restore = box.addButton(tr("Restore"), QMessageBox::AcceptRole);
    box.addButton(tr("Start fresh"), QMessageBox::RejectRole);
    box.setDefaultButton(restore);
    box.exec();
    return box.clickedButton() == restore;
  };
  if (!options_.autosaveDirectory.isEmpty()) {
    autosave_ = new SessionAutosave(*bridge_, options_.autosaveDirectory, options_.autosaveIntervalMs, this);
    connect(autosave_, &SessionAutosave::saving, this, [this] { saveSettings(); });
  }

  // The docks share the whole window; an empty centre would only waste space.
  auto* centre = new QWidget(this);
  centre->hide();
  setCentralWidget(centre);
  setDockNestingEnabled(true);
  setDockOptions(QMainWindow::AllowNestedDocks | QMainWindow::AllowTabbedDocks);

  createPanels();
  createActions();
  createMenus();
  createToolBars();
  createStatusBar();
  highlight_ = new WidgetHighlight(this);
  tour_ = new TourCard(this, highlight_, [this](const QString& target) { return widgetFor(target); });
  connect(tour_, &TourCard::finished, this, [this] {
    if (options_.persistSettings) QSettings().setValue(QStringLiteral("tour/seen"), true);
  });

  QSize size = options_.initialSize;
  if (!size.isValid()) {
    size = kDefaultSize;
    if (const QScreen* screen = QGuiApplication::primaryScreen()) {
      const QSize available = screen->availableGeometry().size();
      if (available.width() < size.width() || available.height() < size.height())
        size = size.boundedTo(available * 0.95);
    }
  }
  resize(size);
  applyLayout(Layout::Classroom);
  openShippedState(options_.lessonFromShippedState);
  startLessonComparison();
  showLessonPage(0);
  if (options_.persistSettings) restoreSettings();
  sizeDocksWhenShown_ = !restoredLayout_;
  setSpeedIndex(speed_->currentIndex());

  connect(bridge_.get(), &EngineBridge::snapshotReady, this,
          [this](std::shared_ptr<const Snapshot> s) { render(s); });
  auto* frameRateTimer = new QTimer(this);
  connect(frameRateTimer, &QTimer::timeout, this, &MainWindow::updateFrameRate);
  frameRateTimer->start(1000);
  setWindowTitle(tr("rnnscope — %1").arg(lesson_.displayTitle()));
}

MainWindow::~MainWindow() {
  // The engine thread stops before the panels it feeds are destroyed.
  bridge_.reset();
}

void MainWindow::createPanels() {
  PostCommand post = [this](rnnscope::Command c) { return postChecked(std::move(c)); };
  PostCommand postToB = [this](rnnscope::Command c) { return postCheckedToB(std::move(c)); };
  panels_.resize(kPanelCount);
  panels_[kModel] = new ModelPanel(post, this);
  panels_[kLoss] = new LossPanel(post, this);
  panels_[kGradientFlow] = new GradientFlowPanel(post, this);
  panels_[kJacobian] = new JacobianPanel(post, this);
  panels_[kWeights] = new WeightSpectrumPanel(post, this);
  panels_[kBptt] = new BpttPanel(post, this);
  panels_[kToy] = new GradientToyPanel(post, this);
  panels_[kCells] = new CellsPanel(post, this);
  panels_[kSamples] = new SamplesPanel(post, this);
  slowMotion_ = new SlowMotion(post, this);
  auto* slowMotionPanel = new SlowMotionPanel(post, slowMotion_, this);
  panels_[kSlowMotion] = slowMotionPanel;
  panels_[kPredictions] = new PredictionsPanel(post, this);
  connect(slowMotionPanel, &SlowMotionPanel::stepInto, this, &MainWindow::stepIntoPhase);
  for (Panel* panel : panels_) panel->setPostToB(postToB);
  connect(static_cast<ModelPanel*>(panels_[kModel]), &ModelPanel::editedRunChanged, this, [this] {
    renderedSerial_[kModel] = 0;
    drawnVersion_[kModel] = ~std::uint64_t{0};
    bridge_->renderAgainNextTick();
  });
  applyLessonSampling();
  renderedSerial_.assign(panels_.size(), 0);
  drawnVersion_.assign(panels_.size(), ~std::uint64_t{0});
  lastRenderMs_.assign(panels_.size(), 0.0);
  lastPaintMs_.assign(panels_.size(), 0.0);
  // Until a panel has shown what a render of it costs, it renders in a frame of its own.
  renderEstimateMs_.assign(panels_.size(), kFrameBudgetMs);
  paintEstimateMs_.assign(panels_.size(), 0.0);
  for (Panel* panel : panels_) {
    std::vector<QChart*> charts;
    for (QChartView* view : panel->findChildren<QChartView*>()) charts.push_back(view->chart());
    chartsOf_.push_back(std::move(charts));
    ChartExport::install(panel);
  }
  for (std::size_t i = 0; i < panels_.size(); ++i) {
    Panel* panel = panels_[i];
    auto* dock = new QDockWidget(panel->title(), this);
    dock->setObjectName(panel->key());
    // A scroll area keeps the window within the screen when a panel wants more room than
    // its dock has; with room to spare the panel simply fills the dock.
    auto* scroll = new QScrollArea(dock);
    scroll->setObjectName(panel->key() + QStringLiteral(".scroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(panel);
    dock->setWidget(scroll);
    dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable |
                      QDockWidget::DockWidgetFloatable);
    // A panel hidden in a tab or closed skips renders; it catches up when it shows again.
    connect(dock, &QDockWidget::visibilityChanged, this, [this, i](bool visible) {
      if (!visible || !bridge_) return;  // also fires while the window is torn down
      const auto& s = bridge_->current();
      if (s && renderedSerial_[i] != frameKey(*s)) renderPanel(panels_[i], *s);
    });
    docks_.push_back(dock);
  }
}

void MainWindow::createActions() {
  QStyle* st = style();
  play_ = new QAction(st->standardIcon(QStyle::SP_MediaPlay), tr("&Play"), this);
  play_->setObjectName(QStringLiteral("action.play"));
  play_->setCheckable(true);
  play_->setShortcut(Qt::Key_Space);
  play_->setToolTip(tr("Play / Pause (Space): train continuously, one window of the text per update"));
  connect(play_, &QAction::triggered, this, &MainWindow::togglePlay);

  step_ = new QAction(st->standardIcon(QStyle::SP_MediaSkipForward), tr("&Step"), this);
  step_->setObjectName(QStringLiteral("action.step"));
  step_->setShortcut(Qt::Key_N);
  step_->setToolTip(tr("Step (N): pause and do exactly one update: forward through one window, backpropagate "
                       "through time, clip, and apply the optimiser; every view refreshes"));
  connect(step_, &QAction::triggered, this, [this] {
    slowMotion_->setOn(false);
    play_->setChecked(false);
    runCommand_ = comparison_->post(command::Step{1});
  });

  slowMotionAction_ = new QAction(st->standardIcon(QStyle::SP_MediaSeekForward), tr("Slow &motion"), this);
  slowMotionAction_->setObjectName(QStringLiteral("action.slowMotion"));
  slowMotionAction_->setCheckable(true);
  slowMotionAction_->setShortcut(Qt::Key_M);
  slowMotionAction_->setToolTip(tr("Slow motion (M): train one update at a time, pausing at each phase (forward, "
                                   "loss, backward through time, clipping, update) in the Slow motion panel"));
  connect(slowMotionAction_, &QAction::toggled, this, [this](bool on) {
    if (on) {
      docks_[kSlowMotion]->show();
      docks_[kSlowMotion]->raise();
    }
    slowMotion_->setOn(on);
  });
  connect(slowMotion_, &SlowMotion::switched, this, [this](bool on) {
    const QSignalBlocker quiet(slowMotionAction_);
    slowMotionAction_->setChecked(on);
  });

  rewind_ = new QAction(st->standardIcon(QStyle::SP_MediaSeekBackward), tr("Re&wind"), this);
  rewind_->setObjectName(QStringLiteral("action.rewind"));
  rewind_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
  rewind_->setToolTip(tr("Rewind (Ctrl+Z): back to the newest point kept before this step (the diamonds under the "
                         "loss chart), exactly as training was there"));
  rewind_->setEnabled(false);
  connect(rewind_, &QAction::triggered, this, [this] {
    const Snapshot& s = *bridge_->current();
    const std::int64_t target = s.rewind.newestAtOrBefore(s.step - 1);
    if (target < 0) return;
    slowMotion_->setOn(false);
    play_->setChecked(false);
    runCommand_ = bridge_->post(command::Rewind{target});
    // B goes back to its own newest point at or before A's, so the two stay level; without
    // one (B branched later) it pauses where it is.
    if (const auto& b = bridge_->comparedCurrent()) {
      const std::int64_t targetB = b->rewind.newestAtOrBefore(target);
      comparison_->postToB(targetB >= 0 ? Command{command::Rewind{targetB}} : Command{command::Pause{}});
    }
  });

  reset_ = new QAction(st->standardIcon(QStyle::SP_BrowserReload), tr("&Reset"), this);
  reset_->setObjectName(QStringLiteral("action.reset"));
  reset_->setShortcut(Qt::Key_R);
  reset_->setToolTip(tr("Reset (R): new random weights, same settings; the curves start over"));
  connect(reset_, &QAction::triggered, this, [this] {
    slowMotion_->setOn(false);
    play_->setChecked(false);
    runCommand_ = comparison_->post(command::Reset{});
  });

  compare_ = new QAction(tr("&Compare A | B"), this);
  compare_->setObjectName(QStringLiteral("action.compare"));
  compare_->setCheckable(true);
  compare_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
  compare_->setToolTip(tr("Compare (Ctrl+B): start run B as a copy of this run at this step, on the same text with "
                          "the same data order; change B's settings in the Model panel and press Play: every chart "
                          "draws A solid and B dashed"));
  connect(compare_, &QAction::triggered, this, &MainWindow::toggleCompare);
  connect(comparison_, &Comparison::changed, this, [this](bool on) {
    const QSignalBlocker quiet(compare_);
    compare_->setChecked(on);
    static_cast<ModelPanel*>(panels_[kModel])->setEditsB(on);
    compareBannerKey_ = {};  // another run B: its words again
    showCompareBar();
    for (auto& serial : renderedSerial_) serial = 0;  // every panel draws B, or drops it
  });

  openText_ = new QAction(st->standardIcon(QStyle::SP_DialogOpenButton), tr("Open &text…"), this);
  openText_->setObjectName(QStringLiteral("action.openText"));
  openText_->setShortcut(QKeySequence::Open);
  openText_->setToolTip(tr("Train on your own UTF-8 text file (the model starts over)"));
  connect(openText_, &QAction::triggered, this, &MainWindow::openText);

  openCheckpoint_ = new QAction(tr("Open &checkpoint…"), this);
  openCheckpoint_->setObjectName(QStringLiteral("action.openCheckpoint"));
  openCheckpoint_->setToolTip(tr("Load weights saved by rnnscope or PyTorch (.safetensors) for the current text"));
  connect(openCheckpoint_, &QAction::triggered, this, &MainWindow::openCheckpoint);

  saveCheckpoint_ = new QAction(st->standardIcon(QStyle::SP_DialogSaveButton), tr("&Save checkpoint…"), this);
  saveCheckpoint_->setObjectName(QStringLiteral("action.saveCheckpoint"));
  saveCheckpoint_->setShortcut(QKeySequence::Save);
  saveCheckpoint_->setToolTip(tr("Save the current weights as .safetensors (readable by PyTorch)"));
  connect(saveCheckpoint_, &QAction::triggered, this, &MainWindow::saveCheckpoint);

  openRun_ = new QAction(tr("Open r&un…"), this);
  openRun_->setObjectName(QStringLiteral("action.openRun"));
  openRun_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
  openRun_->setToolTip(tr("Open a run folder (made by rnnscope-cli train or Save run): continue it here, or pin its "
                          "curve beside the live run"));
  connect(openRun_, &QAction::triggered, this, &MainWindow::openRun);
  saveRun_ = new QAction(tr("Save r&un…"), this);
  saveRun_->setObjectName(QStringLiteral("action.saveRun"));
  saveRun_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
  saveRun_->setToolTip(tr("Save this run as a folder in rnnscope-cli's layout (config.json, metrics.csv, checkpoint, "
                          "trainer state): rnnscope-cli train --resume continues it"));
  connect(saveRun_, &QAction::triggered, this, &MainWindow::saveRun);
  unpinRun_ = new QAction(tr("Unpin the run"), this);
  unpinRun_->setObjectName(QStringLiteral("action.unpinRun"));
  unpinRun_->setEnabled(false);
  connect(unpinRun_, &QAction::triggered, this, [this] { bridge_->post(command::PinRun{}); });

  restoreSession_ = new QAction(tr("&Restore autosaved session"), this);
  restoreSession_->setObjectName(QStringLiteral("action.restoreSession"));
  restoreSession_->setToolTip(tr("Go back to the session saved automatically (every few minutes and on quit): "
                                 "weights, optimiser state, settings and text"));
  restoreSession_->setEnabled(autosave_ != nullptr);
  connect(restoreSession_, &QAction::triggered, this, &MainWindow::restoreSession);

  quit_ = new QAction(tr("&Quit"), this);
  quit_->setShortcut(QKeySequence::Quit);
  connect(quit_, &QAction::triggered, this, &QWidget::close);

  addActions({play_, step_, slowMotionAction_, rewind_, reset_, compare_, openText_, saveCheckpoint_, quit_});
}

void MainWindow::createMenus() {
  QMenu* file = menuBar()->addMenu(tr("&File"));
  file->addAction(openText_);
  file->addSeparator();
  file->addAction(openCheckpoint_);
  file->addAction(saveCheckpoint_);
  file->addAction(restoreSession_);
  file->addSeparator();
  file->addAction(openRun_);
  file->addAction(saveRun_);
  file->addAction(unpinRun_);
  file->addSeparator();
  file->addAction(quit_);

  QMenu* run = menuBar()->addMenu(tr("&Training"));
  run->addAction(play_);
  run->addAction(step_);
  run->addAction(slowMotionAction_);
  run->addAction(rewind_);
  run->addAction(reset_);
  run->addSeparator();
  run->addAction(compare_);

  QMenu* lessons = menuBar()->addMenu(tr("&Lessons"));
  lessonGroup_ = new QActionGroup(this);
  lessonGroup_->setExclusive(true);
  for (const Lesson& l : builtinLessons()) {
    QAction* a = lessons->addAction(l.displayTitle());
    a->setObjectName(QStringLiteral("lesson.") + l.id);
    a->setCheckable(true);
    a->setChecked(l.id == lesson_.id);
    a->setData(l.id);
    a->setToolTip(l.displayDescription());
    a->setStatusTip(l.displayDescription());
    lessonGroup_->addAction(a);
    connect(a, &QAction::triggered, this, [this, id = l.id] { chooseLesson(id); });
  }
  lessons->setToolTipsVisible(true);
  lessons->addSeparator();
  QAction* info = lessons->addAction(tr("About this lesson…"));
  info->setShortcut(QKeySequence::HelpContents);
  connect(info, &QAction::triggered, this, &MainWindow::showLessonInfo);

  viewMenu_ = menuBar()->addMenu(tr("&View"));
  for (QDockWidget* dock : docks_) viewMenu_->addAction(dock->toggleViewAction());
  viewMenu_->addSeparator();
  viewMenu_->addMenu(ChartExport::makeWindowMenu(this));
  viewMenu_->addSeparator();
  // the toolbars' own toggles are added in createToolBars()

  QMenu* help = menuBar()->addMenu(tr("&Help"));
  help->addAction(tr("&Tour of the window"), this, &MainWindow::startTour);
  help->addAction(tr("About this &lesson…"), this, &MainWindow::showLessonInfo);
  help->addAction(tr("&About rnnscope"), this, &MainWindow::showAbout);
  help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::createToolBars() {
  controlsBar_ = addToolBar(tr("Training controls"));
  controlsBar_->setObjectName(QStringLiteral("toolbar.controls"));
  controlsBar_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
  controlsBar_->setMovable(false);
  controlsBar_->addAction(play_);
  controlsBar_->addAction(step_);
  controlsBar_->addAction(slowMotionAction_);
  controlsBar_->addAction(rewind_);
  controlsBar_->addAction(reset_);
  controlsBar_->addAction(compare_);
  controlsBar_->addSeparator();

  auto* speedLabel = new QLabel(tr("Speed:"), this);
  speedLabel->setContentsMargins(6, 0, 4, 0);
  controlsBar_->addWidget(speedLabel);
  speed_ = new QComboBox(this);
  speed_->setObjectName(QStringLiteral("speed"));
  speed_->addItem(tr("1 step/s"));
  speed_->addItem(tr("5 steps/s"));
  speed_->addItem(tr("20 steps/s"));
  speed_->addItem(tr("As fast as possible"));
  speed_->setCurrentIndex(kMaxSpeedIndex);
  speed_->setToolTip(tr("Updates per second while playing. Slow down to watch every update arrive; at full speed "
                        "the engine trains as fast as the CPU allows and the views refresh up to 30 times a second."));
  speedLabel->setBuddy(speed_);
  connect(speed_, &QComboBox::activated, this, &MainWindow::setSpeedIndex);
  controlsBar_->addWidget(speed_);
  controlsBar_->addSeparator();
  controlsBar_->addAction(openText_);
  controlsBar_->addAction(saveCheckpoint_);

  addToolBarBreak();
  lessonBar_ = addToolBar(tr("Lesson"));
  lessonBar_->setObjectName(QStringLiteral("toolbar.lesson"));
  lessonBar_->setMovable(false);
  lessonLabel_ = makeBanner(QStringLiteral("lessonBanner"));
  lessonBar_->addWidget(lessonLabel_);
  pageBackAction_ = lessonBar_->addAction(style()->standardIcon(QStyle::SP_ArrowLeft), tr("Previous page"),
                                          this, [this] { showLessonPage(lessonPage_ - 1); });
  pageBackAction_->setObjectName(QStringLiteral("lessonPageBack"));
  pageBackAction_->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
  pageBackAction_->setToolTip(tr("The lesson's previous page (Alt+Left)"));
  pageNextAction_ = lessonBar_->addAction(style()->standardIcon(QStyle::SP_ArrowRight), tr("Next page"),
                                          this, [this] { showLessonPage(lessonPage_ + 1); });
  pageNextAction_->setObjectName(QStringLiteral("lessonPageNext"));
  pageNextAction_->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
  pageNextAction_->setToolTip(tr("The lesson's next page (Alt+Right); a frame shows what it talks about"));
  auto* more = new QToolButton(this);
  more->setText(tr("More…"));
  more->setToolTip(tr("What this lesson sets up and what to watch"));
  connect(more, &QToolButton::clicked, this, &MainWindow::showLessonInfo);
  lessonBar_->addWidget(more);
  lessonStart_ = new QToolButton(this);
  lessonStart_->setObjectName(QStringLiteral("lessonStart"));
  lessonStart_->setPopupMode(QToolButton::InstantPopup);
  auto* startMenu = new QMenu(lessonStart_);
  QAction* fromShipped = startMenu->addAction(QString(), this, [this] { restartLesson(true); });
  fromShipped->setObjectName(QStringLiteral("lessonFromShippedState"));
  QAction* fromScratch = startMenu->addAction(tr("From scratch: new random weights, step 0"), this,
                                              [this] { restartLesson(false); });
  fromScratch->setObjectName(QStringLiteral("lessonFromScratch"));
  lessonStart_->setMenu(startMenu);
  lessonStartAction_ = lessonBar_->addWidget(lessonStart_);  // a tool bar's widget hides through its action

  addToolBarBreak();
  compareBar_ = addToolBar(tr("Compare"));
  compareBar_->setObjectName(QStringLiteral("toolbar.compare"));
  compareBar_->setMovable(false);
  compareLabel_ = makeBanner(QStringLiteral("compareBanner"));
  compareBar_->addWidget(compareLabel_);
  QAction* stopComparing = compareBar_->addAction(tr("Stop comparing"), this, [this] { toggleCompare(false); });
  stopComparing->setObjectName(QStringLiteral("compareStop"));
  stopComparing->setToolTip(tr("Close run B; run A trains on alone"));
  compareBar_->hide();

  viewMenu_->addAction(controlsBar_->toggleViewAction());
  viewMenu_->addAction(lessonBar_->toggleViewAction());
  viewMenu_->addSeparator();
  QAction* bigger = viewMenu_->addAction(tr("&Larger text"), this, [this] { changeTextSize(+1); });
  bigger->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
  QAction* smaller = viewMenu_->addAction(tr("&Smaller text"), this, [this] { changeTextSize(-1); });
  smaller->setShortcut(QKeySequence::ZoomOut);
  viewMenu_->addSeparator();
  QAction* classroom = viewMenu_->addAction(tr("&Classroom layout"), this, &MainWindow::resetLayout);
  classroom->setToolTip(tr("The charts as tabs in the middle, samples and cells as tabs on the right, the settings on the left (in a tab on smaller screens)"));
  QAction* every = viewMenu_->addAction(tr("&Every panel at once"), this, &MainWindow::showEveryPanel);
  every->setToolTip(tr("All seven panels side by side, for large screens"));
  viewMenu_->addSeparator();
  QMenu* language = viewMenu_->addMenu(tr("&Language"));
  language->setObjectName(QStringLiteral("menu.language"));
  languageGroup_ = new QActionGroup(this);
  languageGroup_->setExclusive(true);
  const QString chosen = options_.persistSettings ? savedLanguage() : QString();
  const std::pair<QString, QString> choices[] = {{QString(), tr("As the system")},
                                                 {QStringLiteral("en"), QStringLiteral("English")},
                                                 {QStringLiteral("vi"), QStringLiteral("Tiếng Việt")}};
  for (const auto& [code, name] : choices) {
    QAction* a = language->addAction(name);
    a->setObjectName(QStringLiteral("language.") + (code.isEmpty() ? QStringLiteral("system") : code));
    a->setCheckable(true);
    a->setChecked(code == chosen);
    a->setData(code);
    languageGroup_->addAction(a);
    // an init-capture: clang 14 (the sanitizer builds) cannot capture a structured binding by name
    connect(a, &QAction::triggered, this, [this, code = code] { chooseLanguage(code); });
  }
  viewMenu_->setToolTipsVisible(true);
}

void MainWindow::chooseLanguage(const QString& code) {
  if (options_.persistSettings) saveLanguage(code);
  const QString wanted = code.isEmpty() ? QLocale::system().name().section(QLatin1Char('_'), 0, 0) : code;
  if (wanted == currentLanguage() || (!availableLanguages().contains(wanted) && currentLanguage() == QLatin1String("en")))
    return;
  QMessageBox box(this);
  box.setWindowTitle(tr("Language"));
  box.setIcon(QMessageBox::Information);
  box.setText(tr("The new language takes effect when rnnscope starts again. Restart now? Training so far is "
                 "not kept (save a checkpoint first if you need it)."));
  QPushButton* restart = box.addButton(tr("Restart now"), QMessageBox::AcceptRole);
  box.addButton(tr("Later"), QMessageBox::RejectRole);
  box.exec();
  if (box.clickedButton() != restart) return;
  saveSettings();
  // The same command line, less a --language that would override the choice just made.
  QStringList args;
  const QStringList given = QCoreApplication::arguments().mid(1);
  for (qsizetype i = 0; i < given.size(); ++i) {
    if (given[i] == QLatin1String("--language")) ++i;
    else if (!given[i].startsWith(QLatin1String("--language="))) args << given[i];
  }
  QProcess::startDetached(QCoreApplication::applicationFilePath(), args);
  QCoreApplication::quit();
}

void MainWindow::createStatusBar() {
  message_ = new QLabel(this);
  message_->setObjectName(QStringLiteral("engineMessage"));
  message_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  message_->setMinimumWidth(200);
  statusBar()->addWidget(message_, 1);
  auto permanent = [this](const QString& name, const QString& tip) {
    auto* l = new QLabel(this);
    l->setObjectName(name);
    l->setToolTip(tip);
    l->setContentsMargins(8, 0, 8, 0);
    statusBar()->addPermanentWidget(l);
    return l;
  };
  runState_ = permanent(QStringLiteral("status.state"), tr("Whether the engine is training now"));
  stepLabel_ = permanent(QStringLiteral("status.step"),
                         tr("Updates done so far; an epoch is one pass over the training text"));
  lossLabel_ = permanent(QStringLiteral("status.loss"),
                         tr("Cross-entropy of the last window: the mean of −ln p(next character), in nats per "
                            "character. Guessing uniformly among V characters gives ln V."));
  rateLabel_ = permanent(QStringLiteral("status.rate"), tr("Characters predicted per second of training"));
  frameLabel_ = permanent(QStringLiteral("status.frames"),
                          tr("How often the views redraw, and how long one redraw takes on the UI thread"));
  fitStatusLabels();
}

void MainWindow::fitStatusLabels() {
  // Each figure gets a fixed box as wide as its widest likely text. A label whose size is
  // fixed does not ask the status bar, and through it the whole window, to lay out again when
  // its text changes, which otherwise happened on every frame and repainted every dock.
  const QString bigLoss = QLocale().toString(99.999, 'f', 3);
  auto fit = [](QLabel* label, const QStringList& samples, bool bold) {
    QFont f = label->font();
    f.setBold(bold);
    const QFontMetrics m(f);
    int width = 0;
    for (const QString& text : samples) width = std::max(width, m.horizontalAdvance(text));
    const QMargins margins = label->contentsMargins();
    label->setFixedSize(width + margins.left() + margins.right() + 6, m.height() + margins.top() + margins.bottom() + 2);
  };
  fit(runState_, {tr("● Training"), tr("❚❚ Paused")}, true);
  // the same figures as updateStatus writes them, with both runs' while comparing
  QString step = tr("Step %1 · epoch %2").arg(groupedNumber(9'999'999)).arg(999);
  QString loss = tr("Loss %1 nats/char").arg(bigLoss) + tr(" · validation %1").arg(bigLoss);
  QString rate = tr("%1 chars/s").arg(groupedNumber(9'999'999));
  if (statusTask_) {
    loss = tr("Loss %1 nats/output").arg(bigLoss) + tr(" · held-out accuracy %1%").arg(100.0, 0, 'f', 1);
    rate = tr("%1 tokens/s").arg(groupedNumber(9'999'999));
  }
  if (statusComparing_) {
    step = tr("A: %1 | B: step %2").arg(step, groupedNumber(9'999'999));
    loss = tr("A: %1 | B: %2").arg(loss, statusTask_ ? bigLoss + QStringLiteral(" · %1%").arg(100.0, 0, 'f', 1) : bigLoss);
    rate = tr("A: %1 | B: %2").arg(rate, groupedNumber(9'999'999));
  }
  fit(stepLabel_, {step}, false);
  fit(lossLabel_, {loss}, false);
  fit(rateLabel_, {rate}, false);
  fit(frameLabel_,
      {tr("UI %1 fps · %2 ms/frame").arg(QLocale().toString(30)).arg(QLocale().toString(999.9, 'f', 1))}, false);
}

void MainWindow::applyLayout(Layout layout) {
  layout_ = layout;
  for (QDockWidget* d : docks_) {
    removeDockWidget(d);
    d->setFloating(false);
  }
  // Everything shares one dock area, split inside it, so the columns keep the widths they get.
  if (layout == Layout::EveryPanel) {
    // Every panel at once, for large screens: settings, the four charts in a 2 x 2 grid, and
    // the cells over the samples.
    addDockWidget(Qt::LeftDockWidgetArea, docks_[kModel]);
    splitDockWidget(docks_[kModel], docks_[kLoss], Qt::Horizontal);
    splitDockWidget(docks_[kLoss], docks_[kCells], Qt::Horizontal);
    splitDockWidget(docks_[kCells], docks_[kSamples], Qt::Vertical);
    tabifyDockWidget(docks_[kSamples], docks_[kPredictions]);  // a task's answers take the samples' place
    splitDockWidget(docks_[kLoss], docks_[kGradientFlow], Qt::Horizontal);
    splitDockWidget(docks_[kLoss], docks_[kJacobian], Qt::Vertical);
    splitDockWidget(docks_[kGradientFlow], docks_[kWeights], Qt::Vertical);
    tabifyDockWidget(docks_[kCells], docks_[kBptt]);  // the step-through needs room: a tab of its own
    tabifyDockWidget(docks_[kBptt], docks_[kSlowMotion]);
    tabifyDockWidget(docks_[kGradientFlow], docks_[kToy]);  // the toy explains the chart it shares a tab with
    docks_[kCells]->raise();
    docks_[kGradientFlow]->raise();
  } else {
    // The classroom: one chart panel at a time, as tall as the window, in the middle (tabs:
    // loss, gradient flow, Jacobian, weights), big enough to read from the back of the room;
    // what the model writes and what its cells do (tabs) on the right; the settings on the
    // left when the screen is wide enough, else in a tab beside the samples.
    wideClassroom_ = width() >= kWideLayoutWidth;
    if (wideClassroom_) {
      addDockWidget(Qt::LeftDockWidgetArea, docks_[kModel]);
      splitDockWidget(docks_[kModel], docks_[kLoss], Qt::Horizontal);
    } else {
      addDockWidget(Qt::LeftDockWidgetArea, docks_[kLoss]);
    }
    splitDockWidget(docks_[kLoss], docks_[kSamples], Qt::Horizontal);
    tabifyDockWidget(docks_[kSamples], docks_[kPredictions]);  // a task's answers take the samples' place
    tabifyDockWidget(docks_[kPredictions], docks_[kCells]);
    if (!wideClassroom_) tabifyDockWidget(docks_[kCells], docks_[kModel]);
    tabifyDockWidget(docks_[kLoss], docks_[kGradientFlow]);
    tabifyDockWidget(docks_[kGradientFlow], docks_[kJacobian]);
    tabifyDockWidget(docks_[kJacobian], docks_[kWeights]);
    tabifyDockWidget(docks_[kWeights], docks_[kBptt]);
    tabifyDockWidget(docks_[kBptt], docks_[kSlowMotion]);
    tabifyDockWidget(docks_[kSlowMotion], docks_[kToy]);
  }
  for (QDockWidget* d : docks_) d->show();
  docks_[kLoss]->raise();
  docks_[showingTask_ ? kPredictions : kSamples]->raise();
  focusLessonPanels();
  sizeDocks();
}

void MainWindow::focusLessonPanels() {
  // later names win within a tab group, so raise them in reverse
  for (auto it = lesson_.focusPanels.crbegin(); it != lesson_.focusPanels.crend(); ++it) {
    // a task writes no samples: its predictions stand in their place
    const bool samplesOfATask = showingTask_ && *it == QStringLiteral("samples");
    if (QDockWidget* dock = dockFor(samplesOfATask ? QStringLiteral("predictions") : *it)) dock->raise();
  }
  if (QDockWidget* dock = dockFor(pinnedPanel_)) dock->raise();
}

void MainWindow::sizeDocks() {
  const int w = width(), h = height();
  if (layout_ == Layout::Classroom) {
    if (wideClassroom_) {
      // The settings column is as wide as its widest row (longer in Vietnamese), within limits.
      const int wanted = panels_[kModel]->sizeHint().width() + style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 8;
      const int settings = std::clamp(wanted, w * 22 / 100, w * 28 / 100);
      resizeDocks({docks_[kModel], docks_[kLoss], docks_[kSamples]}, {settings, (w - settings) * 55 / 100, (w - settings) * 45 / 100},
                  Qt::Horizontal);
    }
    else
      resizeDocks({docks_[kLoss], docks_[kSamples]}, {w * 56 / 100, w * 44 / 100}, Qt::Horizontal);
  } else {
    resizeDocks({docks_[kModel], docks_[kLoss], docks_[kGradientFlow], docks_[kCells]},
                {w * 19 / 100, w * 27 / 100, w * 27 / 100, w * 27 / 100}, Qt::Horizontal);
    resizeDocks({docks_[kLoss], docks_[kJacobian]}, {h / 2, h / 2}, Qt::Vertical);
    resizeDocks({docks_[kGradientFlow], docks_[kWeights]}, {h / 2, h / 2}, Qt::Vertical);
    resizeDocks({docks_[kCells], docks_[kSamples]}, {h * 55 / 100, h * 45 / 100}, Qt::Vertical);
  }
}

void MainWindow::resetLayout() {
  applyLayout(Layout::Classroom);
  controlsBar_->show();
  lessonBar_->show();
}

void MainWindow::showEveryPanel() { applyLayout(Layout::EveryPanel); }

void MainWindow::raisePanel(const QString& panelKey) {
  pinnedPanel_ = panelKey;  // wins over the lesson's choice when the window lays its tabs out
  if (QDockWidget* dock = dockFor(panelKey)) {
    dock->show();
    dock->raise();
  }
}

QDockWidget* MainWindow::dockFor(const QString& panelKey) const {
  for (QDockWidget* d : docks_)
    if (d->objectName() == panelKey) return d;
  return nullptr;
}

Panel* MainWindow::panelFor(const QString& panelKey) const {
  for (Panel* p : panels_)
    if (p->key() == panelKey) return p;
  return nullptr;
}

void MainWindow::restoreSettings() {
  QSettings settings;
  if (settings.contains(QStringLiteral("window/geometry")))
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
  if (settings.contains(QStringLiteral("window/state")))
    restoredLayout_ = restoreState(settings.value(QStringLiteral("window/state")).toByteArray(), kLayoutVersion);
  const int speed = settings.value(QStringLiteral("run/speedIndex"), kMaxSpeedIndex).toInt();
  if (speed >= 0 && speed <= kMaxSpeedIndex) speed_->setCurrentIndex(speed);
  const double points = settings.value(QStringLiteral("view/fontPoints"), 0.0).toDouble();
  if (points >= 6 && points <= 40) {
    QFont f = QApplication::font();
    f.setPointSizeF(points);
    QApplication::setFont(f);
  }
  lastDirectory_ = settings.value(QStringLiteral("files/lastDirectory"), QDir::homePath()).toString();
}

void MainWindow::saveSettings() const {
  if (!options_.persistSettings) return;
  QSettings settings;
  settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
  settings.setValue(QStringLiteral("window/state"), saveState(kLayoutVersion));
  settings.setValue(QStringLiteral("run/speedIndex"), speed_->currentIndex());
  settings.setValue(QStringLiteral("view/fontPoints"), QApplication::font().pointSizeF());
  settings.setValue(QStringLiteral("files/lastDirectory"), lastDirectory_);
  settings.setValue(QStringLiteral("lesson/last"), lesson_.id);
}

void MainWindow::showEvent(QShowEvent* event) {
  QMainWindow::showEvent(event);
  // The first start shows the tour once; finished or skipped, it is not offered again.
  if (!tourOffered_ && options_.persistSettings && !QSettings().value(QStringLiteral("tour/seen"), false).toBool()) {
    tourOffered_ = true;
    QTimer::singleShot(400, this, &MainWindow::startTour);
  }
  // Dock sizes only stick once the window has laid itself out at its real size.
  if (sizeDocksWhenShown_) {
    sizeDocksWhenShown_ = false;
    QTimer::singleShot(0, this, [this] {
      sizeDocks();
      focusLessonPanels();  // tabs only take a raise() once the window has laid them out
    });
  }
}

void MainWindow::changeEvent(QEvent* event) {
  QMainWindow::changeEvent(event);
  if (event->type() == QEvent::FontChange && lessonLabel_) fitBanners();
  if (event->type() == QEvent::FontChange && runState_) fitStatusLabels();
}

// The lesson's and the comparison's line under the controls: rich text that wraps.
QLabel* MainWindow::makeBanner(const QString& objectName) {
  auto* label = new QLabel(this);
  label->setObjectName(objectName);
  label->setWordWrap(true);
  label->setTextFormat(Qt::RichText);
  label->setContentsMargins(8, 2, 8, 2);
  label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
  return label;
}

void MainWindow::fitBanners() {
  // two lines of text each; the rest is in the tooltip (and the lesson's behind "More…")
  for (QLabel* label : {lessonLabel_, compareLabel_}) {
    const QFontMetrics metrics(label->font());
    label->setFixedHeight(2 * metrics.lineSpacing() + label->contentsMargins().top() +
                          label->contentsMargins().bottom() + 2);
  }
}

void MainWindow::closeEvent(QCloseEvent* event) {
  if (autosave_) autosave_->finish();
  saveSettings();
  QMainWindow::closeEvent(event);
}

bool MainWindow::event(QEvent* event) {
  // Painting happens after a render, when Qt flushes the window: it belongs to that frame.
  // Each panel's share of it is the time from one of its widgets' paint events to the next
  // paint event (widgets are painted one after another, never nested).
  if (event->type() == QEvent::UpdateRequest && bridge_) {
    paintAccumMs_.assign(panels_.size(), 0.0);
    paintingPanel_ = -1;
    paintMarkNs_ = 0;
    paintClock_.start();
    qApp->installEventFilter(this);
    const bool handled = QMainWindow::event(event);
    qApp->removeEventFilter(this);
    const qint64 end = paintClock_.nsecsElapsed();
    attributePaint(end);
    for (std::size_t i = 0; i < panels_.size(); ++i) {
      if (paintAccumMs_[i] <= 0) continue;
      lastPaintMs_[i] = paintAccumMs_[i];
      paintEstimateMs_[i] = updateEstimate(paintEstimateMs_[i], paintAccumMs_[i]);
      if (recordRenderTimes_) paintTimes_[i].push_back(paintAccumMs_[i]);
    }
    bridge_->addPaintTime(static_cast<double>(end) / 1e6);
    return handled;
  }
  return QMainWindow::event(event);
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event) {
  if (event->type() == QEvent::Paint && watched->isWidgetType()) {
    attributePaint(paintClock_.nsecsElapsed());
    paintingPanel_ = panelIndexOf(watched);
  }
  return QMainWindow::eventFilter(watched, event);
}

int MainWindow::panelIndexOf(QObject* object) const {
  for (auto* w = qobject_cast<QWidget*>(object); w; w = w->parentWidget()) {
    const auto it = std::find(panels_.begin(), panels_.end(), w);
    if (it != panels_.end()) return static_cast<int>(it - panels_.begin());
  }
  return -1;
}

void MainWindow::attributePaint(qint64 nowNs) {
  if (paintingPanel_ >= 0 && static_cast<std::size_t>(paintingPanel_) < paintAccumMs_.size())
    paintAccumMs_[static_cast<std::size_t>(paintingPanel_)] += static_cast<double>(nowNs - paintMarkNs_) / 1e6;
  paintMarkNs_ = nowNs;
}

// What a panel last drew: A's snapshot, and B's while comparing.
std::uint64_t MainWindow::frameKey(const Snapshot& a) const {
  const auto& b = bridge_->comparedCurrent();
  return b ? mixed(a.serial, b->serial) : a.serial;
}

void MainWindow::render(const std::shared_ptr<const Snapshot>& snapshot) {
  if (!snapshot) return;
  if (bridge_->comparedCurrent() || compareBar_->isVisible()) showCompareBar();
  slowMotion_->onSnapshot(snapshot);
  if (const bool task = snapshot->task != nullptr; task != showingTask_) {
    // a task writes no text: its predictions take the front of the samples' tabs, and back
    showingTask_ = task;
    docks_[task ? kPredictions : kSamples]->raise();
  }
  updateControls(*snapshot);
  updateStatus(*snapshot);
  // Panels take turns within a time budget per frame, so that one frame never holds the UI
  // thread for the sum of every panel's worst case: a panel renders only if what it is
  // expected to cost (its rendering plus the painting that follows, as measured lately) still
  // fits, and the first panel of a frame always renders. The rest render on the next tick,
  // starting where this one stopped, so every panel gets its turn.
  const auto& compared = bridge_->comparedCurrent();
  const std::uint64_t frame = frameKey(*snapshot);
  const std::size_t n = panels_.size();
  double spent = 0;
  bool renderedAny = false;
  const std::size_t start = firstPanelNextFrame_;
  for (std::size_t k = 0; k < n; ++k) {
    const std::size_t i = (start + k) % n;
    if (renderedSerial_[i] == frame || !isShowing(panels_[i])) continue;
    std::uint64_t version = panels_[i]->contentVersion(*snapshot);
    if (compared) version = mixed(version, panels_[i]->contentVersion(*compared));
    const bool news = panels_[i]->hasPendingWork() || version != drawnVersion_[i];
    const double expected = news ? renderEstimateMs_[i] + paintEstimateMs_[i] : 0.0;
    if (renderedAny && spent + expected > kFrameBudgetMs) {
      firstPanelNextFrame_ = i;
      bridge_->renderAgainNextTick();
      return;
    }
    renderPanel(panels_[i], *snapshot);
    drawnVersion_[i] = version;
    if (news) renderEstimateMs_[i] = updateEstimate(renderEstimateMs_[i], lastRenderMs_[i]);
    // A render without news costs what it took and causes no painting.
    spent += lastRenderMs_[i] + (news ? paintEstimateMs_[i] : 0.0);
    renderedAny = true;
    firstPanelNextFrame_ = (i + 1) % n;
  }
}

void MainWindow::recordRenderTimes(bool on) {
  recordRenderTimes_ = on;
  if (on) {
    renderTimes_.assign(panels_.size(), {});
    paintTimes_.assign(panels_.size(), {});
  }
}

bool MainWindow::isShowing(const Panel* panel) const {
  // A dock behind another dock's tab still counts as visible to Qt (it is only moved out of
  // sight), so ask whether any of it can be seen.
  return panel->isVisible() && !panel->visibleRegion().isEmpty();
}

void MainWindow::renderPanel(Panel* panel, const Snapshot& snapshot) {
  const auto index = static_cast<std::size_t>(std::find(panels_.begin(), panels_.end(), panel) - panels_.begin());
  QElapsedTimer clock;
  clock.start();
  try {
    panel->renderCompared(snapshot, bridge_->comparedCurrent());
  } catch (const std::exception& e) {
    // a view that cannot draw must not take the session down with it
    message_->setText(tr("The %1 view could not draw: %2").arg(panel->title(), QString::fromUtf8(e.what())));
    message_->setStyleSheet(QStringLiteral("color: #c62828;"));
  }
  if (index < renderedSerial_.size()) {
    // A chart lays itself out on a posted event, and its scene works out what changed on a
    // queued call (1-4 ms for a chart whose series were replaced); doing both now makes them
    // part of this render (measured and budgeted) rather than an unaccounted cost later in the
    // frame.
    // The panel's own layout (a summary that wrapped differently) comes first: it may resize
    // the charts. Posted layout requests of any widget are cheap to flush together.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    // Twice: processing a scene's changes queues the call that announces them.
    for (int round = 0; round < 2; ++round)
      for (QChart* chart : chartsOf_[index])
        if (chart->scene()) QCoreApplication::sendPostedEvents(chart->scene(), QEvent::MetaCall);
    // a panel that drew part of the snapshot is not done with it: it gets the next turn too
    renderedSerial_[index] = panel->hasPendingWork() ? 0 : frameKey(snapshot);
    if (panel->hasPendingWork()) bridge_->renderAgainNextTick();
    const double ms = static_cast<double>(clock.nsecsElapsed()) / 1e6;
    lastRenderMs_[index] = ms;
    if (recordRenderTimes_) renderTimes_[index].push_back(ms);
  }
}

void MainWindow::updateControls(const Snapshot& s) {
  unpinRun_->setEnabled(s.pinned != nullptr);
  rewind_->setEnabled(s.rewind.newestAtOrBefore(s.step - 1) >= 0);
  if (s.message.code != EngineMessage::Code::NonFinite) {
    rewindOffered_ = false;
  } else if (!rewindOffered_) {
    rewindOffered_ = true;
    offerRewind(s);
  }
  if (s.lastCommandId >= runCommand_ && play_->isChecked() != s.running) play_->setChecked(s.running);
  const bool running = play_->isChecked();
  // Only on a change: a new icon lays the toolbar out and repaints it.
  if (play_->property("showsPause").toBool() == running && play_->property("showsPause").isValid()) return;
  play_->setProperty("showsPause", running);
  play_->setText(running ? tr("&Pause") : tr("&Play"));
  play_->setIcon(style()->standardIcon(running ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
}

void MainWindow::offerRewind(const Snapshot& s) {
  constexpr std::int64_t kStepsBack = 50;
  if (s.rewind.steps.empty()) return;
  const std::int64_t back = s.rewind.newestAtOrBefore(s.step - kStepsBack);
  const std::int64_t target = back >= 0 ? back : s.rewind.steps.front();  // fewer steps kept: the oldest
  const bool clipOff = s.config.clip.mode == ClipMode::None;
  const double rate = s.config.optimizer.learningRate;
  const QString remedy = clipOff ? tr("clip the gradient by norm at 1")
                                 : tr("halve the learning rate (η = %1 → %2)").arg(rate).arg(rate / 2);

  auto* box = new QMessageBox(QMessageBox::Warning, tr("Training stopped"),
                              tr("The loss or the gradient of update %1 was not finite (NaN or ∞), so training paused "
                                 "and kept the last good weights.")
                                  .arg(s.step),
                              QMessageBox::Close, this);
  box->setObjectName(QStringLiteral("rewindOffer"));
  box->setAttribute(Qt::WA_DeleteOnClose);
  box->setInformativeText(tr("Go back to step %1 and train again, perhaps after you %2: exploding gradients are what "
                             "usually makes the loss overflow.")
                              .arg(target)
                              .arg(remedy));
  QPushButton* rewindOnly = box->addButton(tr("Rewind to step %1").arg(target), QMessageBox::AcceptRole);
  rewindOnly->setObjectName(QStringLiteral("rewindOnly"));
  QPushButton* rewindFixed = box->addButton(tr("Rewind and %1").arg(remedy), QMessageBox::AcceptRole);
  rewindFixed->setObjectName(QStringLiteral("rewindWithRemedy"));
  box->setDefaultButton(rewindFixed);
  connect(box, &QMessageBox::buttonClicked, this, [=, this](QAbstractButton* clicked) {
    if (clicked != rewindOnly && clicked != rewindFixed) return;
    runCommand_ = bridge_->post(command::Rewind{target});
    if (clicked != rewindFixed) return;
    if (clipOff) {
      bridge_->post(command::SetClip{ClipConfig{ClipMode::Norm, 1.0}});
    } else {
      OptimizerConfig slower = s.config.optimizer;
      slower.learningRate = rate / 2;
      bridge_->post(command::SetOptimizer{slower});
    }
  });
  box->open();
}

void MainWindow::updateStatus(const Snapshot& s) {
  // Only on a change: a new style sheet polishes the label again and repaints the status bar.
  if (runState_->property("running").toBool() != s.running || !runState_->property("running").isValid()) {
    runState_->setProperty("running", s.running);
    runState_->setText(s.running ? tr("● Training") : tr("❚❚ Paused"));
    runState_->setStyleSheet(s.running ? QStringLiteral("color: #2e7d32; font-weight: bold;") : QString());
  }
  QString step = tr("Step %1 · epoch %2").arg(groupedNumber(static_cast<double>(s.step))).arg(s.epoch);
  // a task's loss is per scored output (a label, a tag, an output token), its speed in tokens read
  // (and its held-out accuracy says more than its validation loss, which the loss chart draws)
  QString loss = s.task ? tr("Loss %1 nats/output").arg(formatLoss(s.lastLoss))
                        : tr("Loss %1 nats/char").arg(formatLoss(s.lastLoss));
  if (s.task && std::isfinite(s.task->validationAccuracy))
    loss += tr(" · held-out accuracy %1%").arg(100 * s.task->validationAccuracy, 0, 'f', 1);
  else if (!s.task && std::isfinite(s.lastValidationLoss))
    loss += tr(" · validation %1").arg(formatLoss(s.lastValidationLoss));
  QString rate = s.task ? tr("%1 tokens/s").arg(groupedNumber(s.running ? s.charsPerSecond : 0))
                        : tr("%1 chars/s").arg(groupedNumber(s.running ? s.charsPerSecond : 0));
  QString text = engineMessageText(s.message);
  bool isError = s.message.isError();
  if (const bool comparing = bridge_->comparedCurrent() != nullptr;
      comparing != statusComparing_ || (s.task != nullptr) != statusTask_) {
    statusComparing_ = comparing;  // the figures' boxes widen for both runs, and narrow again after
    statusTask_ = s.task != nullptr;
    fitStatusLabels();
  }
  if (const auto& b = bridge_->comparedCurrent()) {
    step = tr("A: %1 | B: step %2").arg(step, groupedNumber(static_cast<double>(b->step)));
    QString lossB = formatLoss(b->lastLoss);
    // B's figures in A's order, short: the status bar holds both runs'
    if (b->task && std::isfinite(b->task->validationAccuracy))
      lossB += QStringLiteral(" · %1%").arg(100 * b->task->validationAccuracy, 0, 'f', 1);
    loss = tr("A: %1 | B: %2").arg(loss, lossB);
    rate = tr("A: %1 | B: %2").arg(rate, groupedNumber(b->running ? b->charsPerSecond : 0));
    // B's trouble shows when A has none to report
    if (b->message.isError() && !isError) {
      text = tr("Run B: %1").arg(engineMessageText(b->message));
      isError = true;
    }
  }
  stepLabel_->setText(step);
  lossLabel_->setText(loss);
  rateLabel_->setText(rate);
  if (message_->text() != text || message_->property("isError").toBool() != isError) {
    message_->setText(text);
    message_->setToolTip(text);
    message_->setProperty("isError", isError);
    message_->setStyleSheet(isError ? QStringLiteral("color: #c62828; font-weight: bold;") : QString());
  }
}

void MainWindow::updateFrameRate() {
  const FrameStats f = bridge_->frameStats();
  frameLabel_->setText(tr("UI %1 fps · %2 ms/frame")
                           .arg(QLocale().toString(f.framesPerSecond, 'f', 0))
                           .arg(QLocale().toString(f.lastFrameMs, 'f', 1)));
  QString tip = tr("How often the views redraw, and how long one redraw takes on the UI thread (rendering the "
                   "snapshot into the panels, then painting).\nLast render per panel:");
  for (std::size_t i = 0; i < panels_.size(); ++i)
    tip += tr("\n  %1: %2 ms + painting %3 ms")
               .arg(panels_[i]->title(), QLocale().toString(lastRenderMs_[i], 'f', 1),
                    QLocale().toString(lastPaintMs_[i], 'f', 1));
  frameLabel_->setToolTip(tip);
}

void MainWindow::showLessonBanner() {
  const int pages = static_cast<int>(lesson_.pages.size());
  lessonPage_ = std::clamp(lessonPage_, 0, std::max(0, pages - 1));
  const QString page = pages == 0 ? QString() : lesson_.displayPage(lessonPage_).toHtmlEscaped();
  if (pages > 1)
    lessonLabel_->setText(tr("<b>Lesson: %1</b> (%2/%3): %4")
                              .arg(lesson_.displayTitle().toHtmlEscaped())
                              .arg(lessonPage_ + 1)
                              .arg(pages)
                              .arg(page));
  else
    lessonLabel_->setText(tr("<b>Lesson: %1.</b> %2").arg(lesson_.displayTitle().toHtmlEscaped(), page));
  pageBackAction_->setVisible(pages > 1);
  pageNextAction_->setVisible(pages > 1);
  pageBackAction_->setEnabled(lessonPage_ > 0);
  pageNextAction_->setEnabled(lessonPage_ + 1 < pages);
  lessonLabel_->setToolTip(QStringLiteral("<p><b>%1</b></p><p>%2</p><p>%3</p>")
                               .arg(lesson_.displayTitle().toHtmlEscaped(), lesson_.displayDescription().toHtmlEscaped(),
                                    lesson_.displayLookAt().toHtmlEscaped()));
  const bool shipped = hasShippedState(lesson_.id);
  lessonStartAction_->setVisible(shipped);
  if (shipped) {
    lessonStart_->setText(openedAtStep_ > 0 ? tr("From step %1").arg(openedAtStep_) : tr("From scratch"));
    lessonStart_->menu()->actions().front()->setText(
        tr("From step %1: trained ahead of time, with its loss curve").arg(lesson_.steps));
    lessonStart_->setToolTip(
        tr("This lesson's claims need %1 training steps. It opens at that step, trained ahead of time by "
           "rnnscope-cli from this same lesson, so there is something to see at once; training goes on live "
           "from there. Choose \"From scratch\" to watch it learn from new random weights.")
            .arg(lesson_.steps));
  }
  fitBanners();
}

void MainWindow::showLessonPage(int index) {
  if (lesson_.pages.empty()) index = 0;
  else if (index < 0 || index >= static_cast<int>(lesson_.pages.size())) return;
  lessonPage_ = index;
  showLessonBanner();
  const QString target = lesson_.pages.empty() ? QString() : lesson_.pages[static_cast<std::size_t>(index)].highlight;
  if (!tour_->isVisible()) highlight_->point(target.isEmpty() ? nullptr : widgetFor(target), kLessonHighlightMs);
}

QWidget* MainWindow::widgetFor(const QString& target) {
  if (target == QLatin1String("controls")) return controlsBar_;
  if (target == QLatin1String("lesson")) return lessonBar_;
  const QString panelKey = target.section(QLatin1Char('/'), 0, 0);
  const QString part = target.section(QLatin1Char('/'), 1);
  QDockWidget* dock = dockFor(panelKey);
  if (!dock) return nullptr;
  dock->show();
  dock->raise();
  if (part.isEmpty()) return dock;
  QWidget* widget = dock->findChild<QWidget*>(part);
  // brought into view: the tab it sits on chosen, its scroll area scrolled to it
  for (QWidget* w = widget; w && w != dock; w = w->parentWidget()) {
    if (auto* tabs = qobject_cast<QTabWidget*>(w->parentWidget() ? w->parentWidget()->parentWidget() : nullptr);
        tabs && tabs->indexOf(w) >= 0)
      tabs->setCurrentWidget(w);
    if (auto* scroll = qobject_cast<QScrollArea*>(w)) scroll->ensureWidgetVisible(widget);
  }
  return widget;
}

bool MainWindow::panelsPending() const {
  return std::any_of(panels_.begin(), panels_.end(), [](const Panel* p) { return p->hasPendingWork(); });
}

void MainWindow::startTour() {
  highlight_->clear();
  tour_->start(windowTourPages());
}

// The engine has the lesson's text and settings; a shipped state replaces the new weights.
void MainWindow::openShippedState(bool fromShippedState) {
  openedAtStep_ = 0;
  if (!fromShippedState) return;
  if (auto state = shippedState(lesson_.id)) {
    runCommand_ = bridge_->post(std::move(*state));
    openedAtStep_ = lesson_.steps;
  }
}

void MainWindow::restartLesson(bool fromShippedState) {
  if (!confirmReset()) return;
  switchLesson(lesson_, fromShippedState);
}

bool MainWindow::hasTrained() const {
  const auto& s = bridge_->current();
  return s && (s->running || (s->step > 0 && s->step != openedAtStep_));
}

bool MainWindow::confirmReset() {
  if (!hasTrained()) return true;
  return confirm_ ? confirm_(tr("This change resets training: the model starts again from new random weights and the curves start over. Continue?")) : true;
}

rnnscope::CommandId MainWindow::postChecked(rnnscope::Command command) {
  const bool resets = std::holds_alternative<command::Configure>(command) ||
                      std::holds_alternative<command::LoadCorpus>(command) ||
                      std::holds_alternative<command::LoadCheckpoint>(command) ||
                      std::holds_alternative<command::OpenRun>(command);
  if (resets && !confirmReset()) {
    // let the panels show the settings that are still in force
    const auto& s = bridge_->current();
    for (Panel* panel : panels_)
      if (s && isShowing(panel)) renderPanel(panel, *s);
    return 0;
  }
  const bool changesRunning = resets || std::holds_alternative<command::Play>(command) ||
                              std::holds_alternative<command::Pause>(command) ||
                              std::holds_alternative<command::Step>(command);
  const rnnscope::CommandId id = comparison_->post(std::move(command));
  if (changesRunning) runCommand_ = id;
  return id;
}

// The model panel edits run B: its settings go to B alone, asking first when they would throw
// B's training away.
rnnscope::CommandId MainWindow::postCheckedToB(rnnscope::Command command) {
  const auto& b = bridge_->comparedCurrent();
  if (!b) return 0;
  const bool resets = std::holds_alternative<command::Configure>(command);
  if (resets && (b->running || b->step > 0) && confirm_ &&
      !confirm_(tr("This change resets run B: it starts again from new random weights and its curves start over. "
                   "Continue?"))) {
    renderPanel(panels_[kModel], *bridge_->current());
    return 0;
  }
  return comparison_->postToB(std::move(command));
}

void MainWindow::toggleCompare(bool on) {
  if (!on) {
    comparison_->stop();
    return;
  }
  if (bridge_->engine().latest()->vocabulary.empty()) {  // no text yet: nothing to copy
    compare_->setChecked(false);
    return;
  }
  slowMotion_->setOn(false);
  play_->setChecked(false);
  const QString error = comparison_->branchFromA();
  if (!error.isEmpty()) {
    compare_->setChecked(false);
    QMessageBox::warning(this, tr("Compare"), tr("Run B could not start: %1").arg(error));
  }
}

void MainWindow::startLessonComparison() {
  if (lesson_.compareRun.isEmpty()) {
    comparison_->stop();
    return;
  }
  comparison_->startBeside(lesson_.compareSetup());
}

void MainWindow::showCompareBar() {
  const auto& b = bridge_->comparedCurrent();
  compareBar_->setVisible(b != nullptr);
  if (!b) return;
  const auto& a = bridge_->current();
  // the words change only with either run's settings, not with every frame
  const std::array<std::uint64_t, 3> key{a->configRevision, b->configRevision,
                                         static_cast<std::uint64_t>(comparison_->branchStep())};
  if (key == compareBannerKey_ && !compareLabel_->text().isEmpty()) return;
  compareBannerKey_ = key;
  const QString difference = settingsDifference(a->config, b->config);
  const QString from = comparison_->branchStep() >= 0
                           ? tr("B branched from A at step %1").arg(comparison_->branchStep())
                           : tr("both from step 0, with the same seed");
  QString text = tr("<b>Comparing</b> run A (solid lines; first in Cells and Samples) and run B (dashed; second): "
                    "the same text and data order; %1.")
                     .arg(from);
  text += difference.isEmpty() ? tr(" B has A's settings so far: change them in the Model panel (it edits B).")
                               : tr(" B differs in: %1").arg(difference.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("; ")));
  compareLabel_->setText(text);
  compareLabel_->setToolTip(text);
}

// The step-through shows the same pass (the engine traces the pass it previews and applies):
// forward from its first step, the loss at the end of the forward pass, backward from its last
// step, and clipping and the update after the whole backward pass, at the cut.
void MainWindow::stepIntoPhase(TrainingPhase phase) {
  slowMotion_->setOn(false);
  const auto& s = bridge_->current();
  const int T = s && s->bptt ? s->bptt->T : s ? s->bpttWindow : kBpttDefaultSteps;
  int stage = 2 * T;
  switch (phase) {
    case TrainingPhase::Forward: stage = 0; break;
    case TrainingPhase::Loss: stage = T - 1; break;
    case TrainingPhase::Backward: stage = T; break;
    case TrainingPhase::Clipping:
    case TrainingPhase::Update: break;
  }
  static_cast<BpttPanel*>(panels_[kBptt])->setStageIndex(stage);
  docks_[kBptt]->show();
  docks_[kBptt]->raise();
}

void MainWindow::togglePlay(bool play) {
  slowMotion_->setOn(false);
  runCommand_ = play ? comparison_->post(command::Play{}) : comparison_->post(command::Pause{});
  updateControls(*bridge_->current());
}

void MainWindow::chooseLesson(const QString& id) {
  if (id == lesson_.id && !hasTrained()) return;
  if (!confirmReset()) {
    for (QAction* a : lessonGroup_->actions()) a->setChecked(a->data().toString() == lesson_.id);
    return;
  }
  try {
    switchLesson(lessonById(id));
  } catch (const std::exception& e) {
    QMessageBox::warning(this, tr("Lesson"), QString::fromUtf8(e.what()));
  }
}

void MainWindow::switchLesson(const Lesson& lesson, bool fromShippedState) {
  const EngineSetup setup = lesson.toSetup();  // may throw before anything changes
  lesson_ = lesson;
  play_->setChecked(false);
  runCommand_ = bridge_->post(command::Pause{});
  if (setup.task) {
    bridge_->post(*setup.task);
  } else {
    bridge_->post(command::LoadCorpus{setup.corpusSource});
    bridge_->post(command::Configure{setup.config});
    bridge_->post(command::SetProbeText{setup.probeText});
    bridge_->post(command::SetConcept{setup.conceptName});
    openShippedState(fromShippedState);
  }
  startLessonComparison();
  applyLessonSampling();
  for (QAction* a : lessonGroup_->actions()) a->setChecked(a->data().toString() == lesson_.id);
  setWindowTitle(tr("rnnscope — %1").arg(lesson_.displayTitle()));
  focusLessonPanels();
  showLessonPage(0);
}

void MainWindow::applyLessonSampling() {
  if (!lesson_.sampling.given) return;
  static_cast<SamplesPanel*>(panels_[kSamples])
      ->setSettings(QString::fromStdString(lesson_.sampling.prime), lesson_.sampling.length, lesson_.sampling.temperature);
}

void MainWindow::openText() {
  const QString path = QFileDialog::getOpenFileName(this, tr("Open a text to train on"), lastDirectory_,
                                                    tr("Text files (*.txt *.md *.py *.c *.h *.cpp *.js);;All files (*)"));
  if (path.isEmpty()) return;
  lastDirectory_ = QFileInfo(path).absolutePath();
  postChecked(command::LoadCorpus{path.toStdString()});
}

void MainWindow::openCheckpoint() {
  const QString path = QFileDialog::getOpenFileName(this, tr("Open a checkpoint"), lastDirectory_,
                                                    tr("Checkpoints (*.safetensors);;All files (*)"));
  if (path.isEmpty()) return;
  lastDirectory_ = QFileInfo(path).absolutePath();
  postChecked(command::LoadCheckpoint{path.toStdString()});
}

void MainWindow::saveCheckpoint() {
  QString path = QFileDialog::getSaveFileName(this, tr("Save the model"),
                                              QDir(lastDirectory_).filePath(QStringLiteral("model.safetensors")),
                                              tr("Checkpoints (*.safetensors)"));
  if (path.isEmpty()) return;
  if (QFileInfo(path).suffix().isEmpty()) path += QStringLiteral(".safetensors");
  lastDirectory_ = QFileInfo(path).absolutePath();
  bridge_->post(command::SaveCheckpoint{path.toStdString()});
}

// A run folder is a directory: config.json, metrics.csv and the training pair (docs/cli.md).
void MainWindow::openRun() {
  const QString dir = QFileDialog::getExistingDirectory(this, tr("Open a run folder"), lastDirectory_);
  if (dir.isEmpty()) return;
  lastDirectory_ = dir;
  QMessageBox ask(QMessageBox::Question, tr("Open a run"),
                  tr("Continue training the run in %1 here, or draw its curve beside the live run?").arg(dir),
                  QMessageBox::Cancel, this);
  QPushButton* pin = ask.addButton(tr("Pin beside the live run"), QMessageBox::AcceptRole);
  QPushButton* open = ask.addButton(tr("Continue it here"), QMessageBox::AcceptRole);
  ask.setDefaultButton(pin);
  ask.exec();
  if (ask.clickedButton() == pin) bridge_->post(command::PinRun{dir.toStdString()});
  if (ask.clickedButton() == open) postChecked(command::OpenRun{dir.toStdString()});
}

void MainWindow::saveRun() {
  const QString dir = QFileDialog::getExistingDirectory(this, tr("Save the run into a folder"), lastDirectory_);
  if (dir.isEmpty()) return;
  lastDirectory_ = dir;
  bridge_->post(command::SaveRun{dir.toStdString()});
}

void MainWindow::restoreSession() {
  if (!autosave_) return;
  const auto saved = autosave_->saved();
  if (!saved) {
    QMessageBox::information(this, tr("Restore autosaved session"), tr("No session has been autosaved yet."));
    return;
  }
  if (!confirmReset()) return;
  play_->setChecked(false);
  comparison_->stop();  // B does not share the restored run's past
  runCommand_ = autosave_->restore();
}

void MainWindow::offerRestoreAfterCrash() {
  if (!autosave_) return;
  const auto left = autosave_->leftByCrash();
  if (!left) return;
  const QString question = tr("rnnscope did not close properly last time. Restore the session it saved at step %1 "
                              "(%2)? Otherwise the lesson starts fresh.")
                               .arg(left->step)
                               .arg(QLocale().toString(left->savedAt, QLocale::ShortFormat));
  if (confirmRestore_ && confirmRestore_(question)) {
    play_->setChecked(false);
    comparison_->stop();
    runCommand_ = autosave_->restore();
  }
}

void MainWindow::setSpeedIndex(int index) {
  if (index < 0 || index > kMaxSpeedIndex) return;
  if (speed_->currentIndex() != index) speed_->setCurrentIndex(index);
  comparison_->post(command::SetSpeed{kSpeeds[index]});
}

void MainWindow::changeTextSize(int deltaPoints) {
  QFont f = QApplication::font();
  const qreal points = std::clamp(f.pointSizeF() + deltaPoints, 7.0, 32.0);
  f.setPointSizeF(points);
  QApplication::setFont(f);
}

void MainWindow::showLessonInfo() {
  QMessageBox box(this);
  box.setWindowTitle(tr("About this lesson"));
  box.setIcon(QMessageBox::Information);
  box.setTextFormat(Qt::RichText);
  box.setText(QStringLiteral("<h3>%1</h3><p>%2</p><p><b>%3</b> %4</p>")
                  .arg(lesson_.displayTitle().toHtmlEscaped(), lesson_.displayDescription().toHtmlEscaped(),
                       tr("What to look at:"), lesson_.displayLookAt().toHtmlEscaped()));
  box.exec();
}

void MainWindow::showAbout() {
  QMessageBox::about(
      this, tr("About rnnscope"),
      tr("<h3>rnnscope %1</h3>"
         "<p>A laboratory for recurrent neural networks: watch a small RNN, LSTM or GRU learn to predict the next "
         "character of a text, live, and step through it.</p>"
         "<p><b>Keys:</b> Space play/pause · N one update · M slow motion · R new weights · F1 about this lesson · "
         "Ctrl+ / Ctrl− text size</p>"
         "<p>Checkpoints are .safetensors files with PyTorch's parameter names, so weights move both ways.</p>")
          .arg(QCoreApplication::applicationVersion()));
}

QString saveWindowPicture(QWidget& window, const QString& path) {
  const QFileInfo info(path);
  if (!info.absoluteDir().exists())
    return QCoreApplication::translate("rnnscope", "cannot write %1: the folder %2 does not exist")
        .arg(path, info.absolutePath());
  const QPixmap picture = window.grab();
  if (picture.isNull()) return QCoreApplication::translate("rnnscope", "could not take a picture of the window");
  QImageWriter writer(path, "png");
  if (!writer.write(picture.toImage()))
    return QCoreApplication::translate("rnnscope", "cannot write %1: %2").arg(path, writer.errorString());
  return {};
}

namespace {
void runEventLoopFor(int ms) {
  QEventLoop loop;
  QTimer::singleShot(ms, &loop, &QEventLoop::quit);
  loop.exec();
}
}  // namespace

QString captureAfterSteps(MainWindow& window, int steps, const QString& path, QWidget* subject) {
  Engine& engine = window.bridge().engine();
  engine.sync();  // the text is loaded and the model built
  if (Engine* b = window.bridge().comparedEngine()) b->sync();
  const std::int64_t target = engine.stepsDone() + steps;
  if (steps > 0) window.comparison()->post(command::Step{steps});  // both runs, while comparing
  engine.sync();

  QString problem;
  std::int64_t lastSeen = engine.stepsDone();
  QElapsedTimer sinceProgress;
  sinceProgress.start();
  while (engine.stepsDone() < target) {
    runEventLoopFor(20);
    const std::int64_t now = engine.stepsDone();
    if (now != lastSeen) {
      lastSeen = now;
      sinceProgress.restart();
      continue;
    }
    const auto latest = engine.latest();
    // the engine stopped by itself (NaN, no text): report it and take the picture anyway
    if (sinceProgress.elapsed() > 3000 && !latest->running && latest->message.isError()) {
      problem = QCoreApplication::translate("rnnscope", "training stopped after %1 of %2 steps: %3")
                    .arg(now - (target - steps))
                    .arg(steps)
                    .arg(engineMessageText(latest->message));
      break;
    }
  }
  engine.sync();  // every view (spectra, cells, sample) now describes the last step
  if (Engine* b = window.bridge().comparedEngine()) b->sync();  // run B's steps, alike
  window.bridge().deliverNow();
  runEventLoopFor(150);  // layout and painting settle
  // what the panels asked of the engine while rendering (a connectivity), answered and drawn
  for (int waited = 0; window.panelsPending() && waited < 3000; waited += 50) {
    engine.sync();
    if (Engine* b = window.bridge().comparedEngine()) b->sync();
    window.bridge().deliverNow();
    runEventLoopFor(50);
  }
  const QString error = saveWindowPicture(subject ? *subject : window, path);
  if (!error.isEmpty()) return error;
  if (!problem.isEmpty()) qWarning("%s", qPrintable(problem));
  return {};
}

}  // namespace rnnscope::ui
