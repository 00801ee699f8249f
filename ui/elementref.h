#pragma once

#include <QHashFunctions>
#include <QMetaType>
#include <QString>

namespace Ui {

/// Names one element of the topology the canvas, the property editor and the findings point at.
struct ElementRef
{
    enum class Type { None, Topology, Hub, Spoke, Registry };

    Type type = Type::None;
    QString key; ///< the spoke's name or the registry's id; empty for the hub and the topology

    static ElementRef topology() { return {Type::Topology, {}}; }
    static ElementRef hub() { return {Type::Hub, {}}; }
    static ElementRef spoke(const QString &name) { return {Type::Spoke, name}; }
    static ElementRef registry(const QString &id) { return {Type::Registry, id}; }

    bool isValid() const { return type != Type::None; }
    bool isNode() const { return type == Type::Hub || type == Type::Spoke || type == Type::Registry; }

    friend bool operator==(const ElementRef &a, const ElementRef &b) { return a.type == b.type && a.key == b.key; }
    friend bool operator!=(const ElementRef &a, const ElementRef &b) { return !(a == b); }
    friend size_t qHash(const ElementRef &ref, size_t seed = 0) { return qHashMulti(seed, int(ref.type), ref.key); }
};

} // namespace Ui

Q_DECLARE_METATYPE(Ui::ElementRef)
