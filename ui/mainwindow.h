#pragma once

#include <QMainWindow>

namespace Ui {

/// The console's main window: navigation between the views and the activity log.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;
};

} // namespace Ui
