#pragma once

#include <QWidget>

namespace Ui {

/// A view's place before it has content: what will appear here and how to get it.
class EmptyStateWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyStateWidget)

public:
    EmptyStateWidget(const QString &title, const QString &explanation, QWidget *parent = nullptr);
};

} // namespace Ui
