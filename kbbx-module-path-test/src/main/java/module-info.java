/**
 * A vendor's module that uses kbbx on the module path: it reads only what kbbx's descriptors
 * export and require transitively.
 */
module org.kbbx.modulepath {
  requires org.kbbx.json;
  requires org.kbbx.testkit;

  exports org.kbbx.modulepath;
}
