/* check_pkg.c: the type checker's package level — loading the imported std
 * packages, collecting package-level objects, resolving them lazily (with
 * cycle detection), associating methods with their receiver types, the
 * package variable initialization order, and the program-wide bookkeeping
 * (FuncInfo link names, Program.funcs and Program.packages in order).
 *
 * It follows go/types (cmd/compile/internal/types2 resolver.go, decl.go,
 * initorder.go) in what it checks and in which order, because gc stops
 * after ten errors in the order it found them: reporting in the same order
 * prints the same ten. */
#include "frontend/check_internal.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- declaration info (go/types declInfo) -------------------------------- */

enum { WHITE, GREY, BLACK };

typedef struct DeclInfo {
    Object *obj;
    Scope *file_scope;
    Node *file;
    Node *spec;     /* N_VALUESPEC, N_TYPESPEC or N_FUNCDECL */
    Vec *lhs;       /* var a, b = f(): all the spec's objects; else NULL */
    Node *vtype;    /* declared type of a const/var, or NULL */
    Node *init;     /* initializer, or NULL */
    int iota;       /* for constants */
    bool inherited; /* constant whose init is repeated from an earlier spec */
    Vec *deps;      /* Object*: what the initializer / body refers to;
                       shared by the variables of `var a, b = f()` */
    Vec methods;    /* type names: the methods declared on them */
    int order;      /* source order within the package */
    int color;
    bool is_alias;
    bool methods_done;
} DeclInfo;

/* Object* -> DeclInfo*: every package-level object and local type name
 * the checker has declared, in any package. */
static PtrMap decl_tab;

static DeclInfo *decl_of(Object *obj) {
    return ptrmap_get(&decl_tab, obj);
}

static void decl_put(DeclInfo *d) {
    ptrmap_put(&decl_tab, d->obj, d);
}

/* The objects of the package being checked, in source order. */
static Vec pkg_objs;

static DeclInfo *new_decl(Checker *c, Object *obj, Node *spec) {
    DeclInfo *d = ARENA_NEW(DeclInfo);
    d->obj = obj;
    d->file_scope = c->file_scope;
    d->file = c->file;
    d->spec = spec;
    d->order = pkg_objs.len;
    d->deps = ARENA_NEW(Vec);
    decl_put(d);
    vec_push(&pkg_objs, obj);
    return d;
}

/* ---- small shared helpers -------------------------------------------------- */

const char *check_pos_string(Pos p) {
    return arena_printf("%s:%d:%d", src_file_name(p.file), p.line, p.col);
}

Object *check_new_object(ObjKind kind, const char *name, Pos pos, Type *type, Package *pkg) {
    Object *o = ARENA_NEW(Object);
    o->kind = kind;
    o->name = name;
    o->pos = pos;
    o->type = type;
    o->pkg = pkg;
    return o;
}

/* Unsupported constructs are reported only when the program has no other
 * errors: an invalid program gets exactly gc's messages. */
typedef struct Unsupported {
    Pos pos;
    const char *what;
} Unsupported;

static Vec unsupported; /* Unsupported* */
static int unsupported_reported;
static bool unsupported_untyped; /* generics: the AST is not fully typed */
static Program *unsupported_only_prog;

Program *check_unsupported_only_program(void) {
    return unsupported_only_prog;
}

void check_unsupported(Checker *c, Pos pos, const char *what) {
    (void)c;
    if (strstr(what, "generic")) unsupported_untyped = true;
    Unsupported *u = ARENA_NEW(Unsupported);
    u->pos = pos;
    u->what = what;
    vec_push(&unsupported, u);
}

static void report_unsupported(void) {
    /* Type parameters are parsed but never declared, so a generic
     * program's other errors ("undefined: T") are artefacts of that: the
     * construct escgo cannot compile is what the programmer must hear of. */
    if (unsupported_untyped && diag_count() > 0 && diag_syntax_errors() == 0) diag_clear();
    if (diag_count() == 0)
        for (int i = 0; i < unsupported.len; i++) {
            Unsupported *u = VEC_AT(unsupported, i);
            diag_error(u->pos, "%s not supported by escgo yet", u->what);
            unsupported_reported++;
        }
    unsupported.len = 0;
}

void check_declare(Checker *c, Scope *s, Node *ident, Object *obj) {
    (void)c;
    if (ident) ident->ident.obj = obj;
    if (obj->name == intern_cstr("_")) {
        obj->parent = s;
        return;
    }
    Object *alt = scope_insert(s, obj);
    if (alt) {
        if (pos_valid(alt->pos))
            diag_error(obj->pos, "%s redeclared in this block\n\t%s: other declaration of %s",
                       obj->name, check_pos_string(alt->pos), obj->name);
        else
            diag_error(obj->pos, "%s redeclared in this block", obj->name);
        if (obj->kind == OBJ_VAR)
            obj->var.used = true; /* not in scope: never "declared but not used" */
        return;
    }
    obj->parent = s;
}

void check_record_dep(Checker *c, Object *obj) {
    if (!c->decl_obj || !obj || obj->pkg != c->pkg) return;
    if (obj->kind != OBJ_VAR && obj->kind != OBJ_CONST && obj->kind != OBJ_FUNC) return;
    DeclInfo *d = decl_of(c->decl_obj);
    if (!d || !decl_of(obj)) return; /* local objects are not initialization dependencies */
    for (int i = 0; i < d->deps->len; i++)
        if (VEC_AT(*d->deps, i) == obj) return;
    vec_push(d->deps, obj);
}

/* ---- lazy resolution (go/types objDecl) ----------------------------------- */

static void check_func_decl(Checker *c, Object *obj, DeclInfo *d);
static void collect_methods(Checker *c, Object *tn, DeclInfo *d);

/* A cycle through obj (which is on the object path) was found: decides
 * whether it is a valid one, as go/types validCycle, and reports it if not. */
static bool valid_cycle(Checker *c, Object *obj) {
    int start = -1;
    for (int i = 0; i < c->obj_path.len; i++)
        if (VEC_AT(c->obj_path, i) == obj) {
            start = i;
            break;
        }
    if (start < 0) return true;
    int n = c->obj_path.len - start, nval = 0, ndef = 0;
    for (int i = start; i < c->obj_path.len; i++) {
        Object *o = VEC_AT(c->obj_path, i);
        if (o->kind == OBJ_CONST || o->kind == OBJ_VAR)
            nval++;
        else if (o->kind == OBJ_TYPENAME) {
            DeclInfo *d = decl_of(o);
            if (!(d && d->is_alias)) ndef++;
        }
    }
    if (nval == n) return true; /* reported by the initialization order */
    if (nval == 0 && ndef > 0) return true;
    /* start the report at the object first in the source */
    int first = start;
    for (int i = start + 1; i < c->obj_path.len; i++) {
        Object *o = VEC_AT(c->obj_path, i);
        Object *f = VEC_AT(c->obj_path, first);
        if (pos_cmp(o->pos, f->pos) < 0) first = i;
    }
    Object *o = VEC_AT(c->obj_path, first);
    char *msg = o->kind == OBJ_TYPENAME
                    ? arena_printf("invalid recursive type %s", o->name)
                    : arena_printf("illegal cycle in declaration of %s", o->name);
    int i = first;
    for (int k = 0; k < n; k++) {
        msg = arena_printf("%s\n\t%s: %s refers to", msg, check_pos_string(o->pos), o->name);
        i++;
        if (i >= c->obj_path.len) i = start;
        o = VEC_AT(c->obj_path, i);
    }
    msg = arena_printf("%s\n\t%s: %s", msg, check_pos_string(o->pos), o->name);
    diag_error(((Object *)VEC_AT(c->obj_path, first))->pos, "%s", msg);
    return false;
}

/* Closures outside functions are numbered per package (glob..func1, ...)
 * in the order they are checked, whichever declaration's check reaches
 * them: the count is that of the ones registered so far. */
static int pkg_funcs_base; /* Program.funcs index where this package starts */

static int glob_funclit_count(Checker *c) {
    int n = 0;
    for (int i = pkg_funcs_base; i < c->prog->funcs.len; i++) {
        FuncInfo *fi = VEC_AT(c->prog->funcs, i);
        if (fi && fi->decl->kind == N_FUNCLIT && !fi->outer) n++;
    }
    return n;
}

void check_obj_decl(Checker *c, Object *obj) {
    DeclInfo *d = decl_of(obj);
    if (!d) return;
    if (d->color == WHITE && obj->type && (obj->kind == OBJ_VAR || obj->kind == OBJ_CONST)) {
        d->color = BLACK; /* typed as a side effect, e.g. var a, b = f() */
        return;
    }
    if (d->color == BLACK) return;
    if (d->color == GREY) {
        bool ok = valid_cycle(c, obj);
        switch (obj->kind) {
        case OBJ_CONST:
        case OBJ_VAR:
            if (!ok || !obj->type) obj->type = types_invalid;
            break;
        case OBJ_TYPENAME:
            if (!ok) {
                obj->type = types_invalid;
            } else if (!obj->type) {
                /* an alias used inside the type it stands for */
                diag_error(obj->pos,
                           "invalid use of type alias %s in recursive type (see issue #50729)",
                           obj->name);
                obj->type = types_invalid;
            }
            break;
        default: break;
        }
        if (!obj->type && obj->kind == OBJ_FUNC)
            obj->type = types_new_signature(NULL, types_new_tuple((Vec){0}),
                                            types_new_tuple((Vec){0}), false);
        return;
    }

    d->color = GREY;
    vec_push(&c->obj_path, obj);
    Checker saved = *c;
    c->file = d->file;
    c->file_scope = d->file_scope;
    c->scope = d->file_scope;
    c->func = NULL;
    c->iota = NULL;
    c->decl_type = NULL;
    c->decl_obj = NULL;
    c->stmt_ctx = NULL;
    c->loop_depth = 0;
    c->funclit_count = glob_funclit_count(c);
    Pos saved_errpos = diag_errpos;
    diag_errpos = (Pos){0, 0, 0};

    switch (obj->kind) {
    case OBJ_CONST:
        c->decl_obj = obj;
        check_const_decl(c, obj, d->vtype, d->init, d->iota, d->inherited);
        break;
    case OBJ_VAR:
        c->decl_obj = obj;
        check_var_decl(c, obj, d->lhs, d->vtype, d->init);
        break;
    case OBJ_TYPENAME: check_type_decl(c, obj, d->spec); break;
    case OBJ_FUNC: check_func_decl(c, obj, d); break;
    default: break;
    }

    /* restore the environment but keep what the declaration accumulated */
    diag_errpos = saved_errpos;
    Vec path = c->obj_path;
    *c = saved;
    c->obj_path = path;
    c->obj_path.len--;
    if (!saved.func) c->funclit_count = glob_funclit_count(c);
    d->color = BLACK;
    if (obj->kind == OBJ_TYPENAME) collect_methods(c, obj, d);
}

/* A local type declaration: its name is on the object path while its
 * definition is checked, so that cycles through it are found (go/types
 * declStmt). */
void check_local_type_decl(Checker *c, Object *obj, Node *spec) {
    DeclInfo *d = ARENA_NEW(DeclInfo);
    d->obj = obj;
    d->spec = spec;
    d->deps = ARENA_NEW(Vec);
    d->is_alias = spec->typespec.assign;
    d->color = GREY;
    d->file_scope = c->file_scope;
    d->file = c->file;
    decl_put(d);
    vec_push(&c->obj_path, obj);
    check_type_decl(c, obj, spec);
    c->obj_path.len--;
    d->color = BLACK;
}

/* ---- functions and methods ------------------------------------------------ */

static bool has_directive(Node *fd, const char *prefix) {
    size_t n = strlen(prefix);
    for (int i = 0; i < fd->funcdecl.directives.len; i++) {
        const char *s = VEC_AT(fd->funcdecl.directives, i);
        if (strncmp(s, "//", 2) == 0) s += 2;
        if (strncmp(s, prefix, n) == 0) return true;
    }
    return false;
}

/* The receiver base type name of a method declaration (T in func (p *T) m),
 * and whether the receiver is a pointer; NULL if it is not of that form. */
static Node *recv_base_ident(Node *fd, bool *ptr, int *nstars) {
    *ptr = false;
    *nstars = 0;
    FieldList *recv = fd->funcdecl.recv;
    if (!recv || recv->list.len == 0) return NULL;
    Node *f = VEC_AT(recv->list, 0);
    Node *t = f->field.type;
    for (;;) {
        t = ast_unparen(t);
        if (t && t->kind == N_STAR) {
            (*nstars)++;
            *ptr = true;
            t = t->star.x;
            continue;
        }
        break;
    }
    if (t && t->kind == N_INDEX) t = t->index.x; /* generic receiver: rejected elsewhere */
    if (t && t->kind == N_IDENT) return t;
    return NULL;
}

static const char *func_link_name(Package *pkg, Node *fd, int init_index) {
    const char *name = fd->funcdecl.name->ident.name;
    if (!fd->funcdecl.recv) {
        if (strcmp(name, "init") == 0) return arena_printf("%s.init.%d", pkg->path, init_index);
        return arena_printf("%s.%s", pkg->path, name);
    }
    bool ptr;
    int nstars;
    Node *base = recv_base_ident(fd, &ptr, &nstars);
    const char *bname = base ? base->ident.name : "?";
    if (ptr) return arena_printf("%s.(*%s).%s", pkg->path, bname, name);
    return arena_printf("%s.%s.%s", pkg->path, bname, name);
}

/* spec: the receiver type must be T or *T, T a type name declared in this
 * package whose underlying type is neither a pointer nor an interface. */
static void validate_recv(Checker *c, Object *recv) {
    Type *t = recv->type;
    if (!t || t == types_invalid) return;
    Type *rt = t;
    if (rt->kind == TY_POINTER) rt = rt->pointer.elem;
    if (!rt || rt == types_invalid || rt->kind == TY_INVALID) return;
    if (rt->kind == TY_NAMED) {
        if (rt->named.obj->pkg != c->pkg) {
            diag_error(recv->pos, "cannot define new methods on non-local type %s",
                       types_string(rt));
            return;
        }
        Type *u = rt->named.underlying;
        const char *cause = NULL;
        if (u && u->kind == TY_BASIC && u->basic.kind == B_UNSAFEPOINTER)
            cause = "unsafe.Pointer";
        else if (u && (u->kind == TY_POINTER || u->kind == TY_INTERFACE))
            cause = "pointer or interface type";
        if (cause) diag_error(recv->pos, "invalid receiver type %s (%s)", types_string(rt), cause);
    } else if (rt->kind == TY_BASIC) {
        if (rt->basic.kind != B_INVALID)
            diag_error(recv->pos, "cannot define new methods on non-local type %s",
                       types_string(rt));
    } else {
        diag_error(recv->pos, "invalid receiver type %s", types_string(t));
    }
}

static void check_func_decl(Checker *c, Object *obj, DeclInfo *d) {
    Node *fd = d->spec;
    FuncInfo *fi = obj->func.info;
    Vec params = {0}, results = {0};
    Type *sig = check_signature(c, fd->funcdecl.recv, fd->funcdecl.type, &params, &results);
    if (!sig || sig->kind != TY_SIGNATURE)
        sig =
            types_new_signature(NULL, types_new_tuple((Vec){0}), types_new_tuple((Vec){0}), false);
    obj->type = sig;
    fi->sig = sig;
    fi->params = (Vec){0};
    if (sig->sig.recv && !(params.len > 0 && VEC_AT(params, 0) == sig->sig.recv))
        vec_push(&fi->params, sig->sig.recv);
    for (int i = 0; i < params.len; i++)
        vec_push(&fi->params, VEC_AT(params, i));
    fi->results = results;
    if (params.len == 0 && !sig->sig.recv && sig->sig.params)
        for (int i = 0; i < sig->sig.params->tuple.vars.len; i++)
            vec_push(&fi->params, VEC_AT(sig->sig.params->tuple.vars, i));
    if (results.len == 0 && sig->sig.results) fi->results = sig->sig.results->tuple.vars;
    if (sig->sig.recv) validate_recv(c, sig->sig.recv);
    if (sig->sig.recv && fd->funcdecl.recv && fd->funcdecl.recv->list.len > 0) {
        /* gc: one level of pointer at most */
        bool ptr;
        int nstars;
        recv_base_ident(fd, &ptr, &nstars);
        obj->func.has_ptr_recv = ptr;
    }
}

/* Adds the methods declared on type name tn to its Named type (go/types
 * collectMethods), reporting duplicates and field/method clashes, then
 * resolves their signatures. */
static void collect_methods(Checker *c, Object *tn, DeclInfo *d) {
    if (d->methods_done || d->methods.len == 0) return;
    d->methods_done = true;
    Type *named = tn->type;
    if (!named || named->kind != TY_NAMED) {
        /* an alias or an invalid type: the methods are checked, not attached */
        for (int i = 0; i < d->methods.len; i++)
            check_obj_decl(c, VEC_AT(d->methods, i));
        return;
    }
    Type *u = named->named.underlying;
    for (int i = 0; i < d->methods.len; i++) {
        Object *m = VEC_AT(d->methods, i);
        if (m->name == intern_cstr("_")) {
            continue;
        }
        Object *alt = NULL;
        for (int j = 0; j < named->named.methods.len; j++) {
            Object *o = VEC_AT(named->named.methods, j);
            if (o->name == m->name) {
                alt = o;
                break;
            }
        }
        if (alt) {
            diag_error(m->pos, "%s.%s redeclared in this block\n\t%s: other declaration of %s",
                       named->named.obj->name, m->name, check_pos_string(alt->pos), m->name);
            continue;
        }
        if (u && u->kind == TY_STRUCT) {
            for (int j = 0; j < u->strct.fields.len; j++) {
                Object *f = VEC_AT(u->strct.fields, j);
                if (f->name == m->name) {
                    diag_error(m->pos,
                               "field and method with the same name %s\n\t%s: other declaration "
                               "of %s",
                               m->name, check_pos_string(f->pos), m->name);
                    alt = f;
                    break;
                }
            }
            if (alt) continue;
        }
        m->func.is_method = true;
        vec_push(&named->named.methods, m);
    }
    for (int i = 0; i < d->methods.len; i++)
        check_obj_decl(c, VEC_AT(d->methods, i));
}

/* ---- package loading ------------------------------------------------------- */

typedef struct PkgEntry {
    const char *path;
    Package *pkg;
    bool loading; /* for import cycles */
    bool failed;
} PkgEntry;

static Vec pkg_entries; /* PkgEntry* */

static char *read_whole_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 8192, n = 0;
    char *buf = malloc(cap);
    size_t r;
    while (buf && (r = fread(buf + n, 1, cap - n, f)) > 0) {
        n += r;
        if (n == cap) {
            cap *= 2;
            buf = realloc(buf, cap);
        }
    }
    fclose(f);
    if (!buf) return NULL;
    char *out = arena_alloc(n + 1);
    memcpy(out, buf, n);
    free(buf);
    *len = n;
    return out;
}

static int cmp_str(const void *a, const void *b) {
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* //go:build constraints of std files: a tiny evaluator for the tags that
 * matter on linux/amd64 ("ignore" and friends evaluate to false). */
static bool build_tag_true(const char *tag, size_t n) {
    static const char *const on[] = {"linux", "amd64", "unix", "gc", "escgo"};
    for (size_t i = 0; i < sizeof on / sizeof on[0]; i++)
        if (strlen(on[i]) == n && strncmp(on[i], tag, n) == 0) return true;
    if (n > 4 && strncmp(tag, "go1.", 4) == 0) {
        int minor = atoi(tag + 4);
        return minor <= 19;
    }
    return false;
}

static bool build_expr(const char **s);

static void build_skip(const char **s) {
    while (**s == ' ' || **s == '\t')
        (*s)++;
}

static bool build_unary(const char **s) {
    build_skip(s);
    if (**s == '!') {
        (*s)++;
        return !build_unary(s);
    }
    if (**s == '(') {
        (*s)++;
        bool v = build_expr(s);
        build_skip(s);
        if (**s == ')') (*s)++;
        return v;
    }
    const char *start = *s;
    while (**s && strchr(" \t()!&|", **s) == NULL)
        (*s)++;
    return build_tag_true(start, (size_t)(*s - start));
}

static bool build_and(const char **s) {
    bool v = build_unary(s);
    for (;;) {
        build_skip(s);
        if ((*s)[0] == '&' && (*s)[1] == '&') {
            *s += 2;
            bool w = build_unary(s);
            v = v && w;
        } else
            return v;
    }
}

static bool build_expr(const char **s) {
    bool v = build_and(s);
    for (;;) {
        build_skip(s);
        if ((*s)[0] == '|' && (*s)[1] == '|') {
            *s += 2;
            bool w = build_and(s);
            v = v || w;
        } else
            return v;
    }
}

static bool file_build_ok(Node *file) {
    for (int i = 0; i < file->file.directives.len; i++) {
        const char *d = VEC_AT(file->file.directives, i);
        if (strncmp(d, "//", 2) == 0) d += 2;
        if (strncmp(d, "go:build", 8) == 0 && (d[8] == ' ' || d[8] == '\t')) {
            const char *s = d + 9;
            if (!build_expr(&s)) return false;
        }
    }
    return true;
}

/* Parses the files of std package path; NULL (after an error at pos) if it
 * does not exist. */
static Package *parse_std_package(Checker *c, const char *path, Pos pos) {
    const char *dirname =
        arena_printf("%s/%s", c->opts && c->opts->std_dir ? c->opts->std_dir : ".", path);
    DIR *dir = opendir(dirname);
    if (!dir) {
        diag_error(pos, "package %s is not in std", path);
        return NULL;
    }
    Vec names = {0};
    struct dirent *de;
    while ((de = readdir(dir)) != NULL) {
        size_t n = strlen(de->d_name);
        if (n < 4 || strcmp(de->d_name + n - 3, ".go") != 0) continue;
        if (n >= 8 && strcmp(de->d_name + n - 8, "_test.go") == 0) continue;
        if (de->d_name[0] == '.' || de->d_name[0] == '_') continue;
        vec_push(&names, arena_strdup(de->d_name));
    }
    closedir(dir);
    if (names.len > 1) qsort(names.items, (size_t)names.len, sizeof(void *), cmp_str);
    Package *pkg = ARENA_NEW(Package);
    pkg->path = intern_cstr(path);
    for (int i = 0; i < names.len; i++) {
        const char *fname = arena_printf("%s/%s", dirname, (const char *)VEC_AT(names, i));
        size_t len;
        char *src = read_whole_file(fname, &len);
        if (!src) {
            diag_error(pos, "could not import %s (open %s: cannot read file)", path, fname);
            continue;
        }
        Node *file = parse_file(fname, src, len);
        if (!file_build_ok(file)) continue;
        vec_push(&pkg->files, file);
    }
    if (pkg->files.len == 0) {
        diag_error(pos, "package %s is not in std", path);
        return NULL;
    }
    Node *f0 = VEC_AT(pkg->files, 0);
    pkg->name = f0->file.name ? f0->file.name->ident.name : pkg->path;
    return pkg;
}

static void check_package(Checker *c, Package *pkg);

static PkgEntry *find_entry(const char *path) {
    for (int i = 0; i < pkg_entries.len; i++) {
        PkgEntry *e = VEC_AT(pkg_entries, i);
        if (e->path == path) return e;
    }
    return NULL;
}

/* Returns the checked package for an import path, loading and checking it
 * (and its own imports, first) if needed. */
static Package *import_package(Checker *c, const char *path, Pos pos) {
    path = intern_cstr(path);
    if (strcmp(path, "unsafe") == 0) return types_unsafe_package();
    PkgEntry *e = find_entry(path);
    if (e) {
        if (e->loading) {
            diag_error(pos, "import cycle not allowed");
            return NULL;
        }
        return e->failed ? NULL : e->pkg;
    }
    e = ARENA_NEW(PkgEntry);
    e->path = path;
    e->loading = true;
    vec_push(&pkg_entries, e);
    e->pkg = parse_std_package(c, path, pos);
    if (!e->pkg) {
        e->failed = true;
        e->loading = false;
        return NULL;
    }
    /* check it in a fresh checker state: it is a different package */
    Checker saved = *c;
    Vec saved_objs = pkg_objs;
    int saved_base = pkg_funcs_base;
    c->obj_path = (Vec){0};
    check_package(c, e->pkg);
    pkg_objs = saved_objs;
    pkg_funcs_base = saved_base;
    Program *prog = c->prog;
    *c = saved;
    c->prog = prog;
    types_local_pkg = c->pkg;
    e->loading = false;
    return e->pkg;
}

/* ---- collecting package-level objects (go/types collectObjects) ------------ */

static const char *import_path_of(Node *spec, bool *has_nul) {
    Node *lit = spec->importspec.path;
    if (!lit || lit->kind != N_BASICLIT) return NULL;
    ConstVal *v = const_from_literal(T_STRING, lit->lit.value);
    if (!v || v->kind != CONST_STRING) return NULL;
    *has_nul = memchr(v->str.ptr, 0, (size_t)v->str.len) != NULL;
    return arena_strndup(v->str.ptr, (size_t)v->str.len);
}

/* Decodes one UTF-8 sequence; invalid bytes decode as U+FFFD, width 1. */
static int utf8_decode(const unsigned char *s, int *w) {
    unsigned c0 = s[0];
    *w = 1;
    if (c0 < 0x80) return (int)c0;
    int n = c0 >= 0xF0 ? 4 : c0 >= 0xE0 ? 3 : c0 >= 0xC0 ? 2 : 0;
    if (n == 0 || c0 > 0xF4) return 0xFFFD;
    int r = (int)(c0 & (0x7F >> n));
    for (int i = 1; i < n; i++) {
        if ((s[i] & 0xC0) != 0x80) return 0xFFFD;
        r = (r << 6) | (s[i] & 0x3F);
    }
    static const int min[5] = {0, 0, 0x80, 0x800, 0x10000};
    if (r < min[n] || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) return 0xFFFD;
    *w = n;
    return r;
}

/* gc's validation of an import path: NULL if valid, else why not
 * ("invalid character U+0021 '!'"). */
static const char *invalid_import_path(const char *path) {
    if (!path[0]) return "empty string";
    static const char illegal[] = "!\"#$%&'()*,:;<=>?[\\]^{|}`";
    const unsigned char *s = (const unsigned char *)path;
    while (*s) {
        int w, r = utf8_decode(s, &w);
        bool graphic = r >= 0x20 && r != 0x7F && !(r >= 0x80 && r < 0xA0);
        bool space = r == ' ' || r == 0x85 || r == 0xA0 || r == 0x1680 ||
                     (r >= 0x2000 && r <= 0x200A) || r == 0x2028 || r == 0x2029 || r == 0x202F ||
                     r == 0x205F || r == 0x3000;
        bool ill = r == 0xFFFD || (r < 0x80 && r && strchr(illegal, r) != NULL);
        if (!graphic || space || ill) {
            if (!graphic) return arena_printf("invalid character U+%04X", r);
            return arena_printf("invalid character U+%04X '%.*s'", r, w, (const char *)s);
        }
        s += w;
    }
    return NULL;
}

/* The stand-in for a package that could not be imported: no scope. */
static Package *fake_package(const char *path) {
    Package *p = ARENA_NEW(Package);
    p->path = intern_cstr(path);
    const char *elem = strrchr(path, '/');
    p->name = intern_cstr(elem ? elem + 1 : path);
    return p;
}

static void collect_imports(Checker *c, Package *pkg, Node *file) {
    for (int i = 0; i < file->file.imports.len; i++) {
        Node *spec = VEC_AT(file->file.imports, i);
        bool has_nul = false;
        const char *path = import_path_of(spec, &has_nul);
        if (!path) continue;
        const char *bad = invalid_import_path(path);
        if (has_nul && (!bad || strcmp(bad, "empty string") == 0)) bad = "invalid character U+0000";
        if (bad) {
            diag_error(spec->importspec.path->pos, "invalid import path (%s)", bad);
            continue;
        }
        if (path[0] == '/') {
            diag_error(spec->importspec.path->pos,
                       "could not import %s (import path cannot be absolute path)", path);
            continue;
        }
        Package *imp = import_package(c, path, spec->importspec.path->pos);
        bool fake = false;
        if (!imp) {
            /* as gc: a fake, empty package, so that its uses report nothing more */
            imp = fake_package(path);
            fake = true;
        }
        bool seen = false;
        for (int j = 0; j < pkg->imports.len; j++)
            if (VEC_AT(pkg->imports, j) == imp) seen = true;
        if (!seen && !fake) vec_push(&pkg->imports, imp);
        const char *name = imp->name;
        Node *lname = spec->importspec.name;
        if (lname) name = lname->ident.name;
        if (strcmp(name, "init") == 0) {
            diag_error(spec->pos, "cannot import package as init - init must be a func");
            continue;
        }
        Object *pn = check_new_object(OBJ_PKGNAME, intern_cstr(name), spec->pos, NULL, pkg);
        pn->pkgname.imported = imp;
        pn->pkgname.used = fake;
        spec->importspec.pkgname = pn;
        if (lname) lname->ident.obj = pn;
        if (strcmp(name, ".") == 0) {
            /* dot-import: merge the exported objects into the file scope */
            Scope *ps = imp->scope;
            for (int j = 0; ps && j < ps->objs.len; j++) {
                Object *o = VEC_AT(ps->objs, j);
                if (!o->name || !(o->name[0] >= 'A' && o->name[0] <= 'Z')) continue;
                Object *alt = scope_lookup_local(c->file_scope, o->name);
                if (alt) {
                    diag_error(lname->pos, "%s redeclared in this block", o->name);
                    continue;
                }
                /* insert without changing the object's parent */
                vec_push(&c->file_scope->names, (void *)o->name);
                vec_push(&c->file_scope->objs, o);
            }
        } else if (strcmp(name, "_") != 0) {
            check_declare(c, c->file_scope, NULL, pn);
        }
    }
}

/* "missing init expr for x" / "extra init expr y" (go/types arity). */
void check_arity(Checker *c, Node *spec, bool is_const) {
    (void)c;
    Vec *names = &spec->valuespec.names;
    Vec *values = &spec->valuespec.values;
    int l = names->len, r = values->len;
    bool inherited = spec->valuespec.implicit;
    if (l < r) {
        Node *n = VEC_AT(*values, l);
        if (inherited)
            diag_error(spec->pos, "extra init expr at %s", check_pos_string(n->pos));
        else
            diag_error(n->pos, "extra init expr %s", ast_expr_string(n));
    } else if (l > r && (is_const || r != 1)) {
        if (!is_const && r == 0 && spec->valuespec.type) return;
        Node *n = VEC_AT(*names, r);
        diag_error(n->pos, "missing init expr for %s", n->ident.name);
    }
}

static void declare_pkg_obj(Checker *c, Node *ident, Object *obj, DeclInfo *d) {
    (void)d;
    const char *name = ident->ident.name;
    if (strcmp(name, "init") == 0) {
        diag_error(ident->pos, "cannot declare init - must be func");
        return;
    }
    if (strcmp(name, "main") == 0 && c->pkg->name && strcmp(c->pkg->name, "main") == 0) {
        diag_error(ident->pos, "cannot declare main - must be func");
        return;
    }
    check_declare(c, c->pkg->scope, ident, obj);
}

static FuncInfo *new_func_info(Node *decl, Object *obj) {
    FuncInfo *fi = ARENA_NEW(FuncInfo);
    fi->decl = decl;
    fi->obj = obj;
    return fi;
}

/* Declares the package-level objects of every file of pkg; collects the
 * method declarations and each file's scope for the caller. */
static void collect_objects(Checker *c, Package *pkg, Vec *method_decls, Vec *file_scopes) {
    int init_count = 0;
    for (int fi_ = 0; fi_ < pkg->files.len; fi_++) {
        Node *file = VEC_AT(pkg->files, fi_);
        file->file.pkg = pkg;
        c->file = file;
        c->file_scope = scope_new(pkg->scope);
        c->file_scope->pos = file->pos;
        collect_imports(c, pkg, file);
        for (int di = 0; di < file->file.decls.len; di++) {
            Node *decl = VEC_AT(file->file.decls, di);
            if (decl->kind == N_GENDECL) {
                TokKind tok = decl->gendecl.tok;
                if (tok == T_IMPORT) continue;
                for (int si = 0; si < decl->gendecl.specs.len; si++) {
                    Node *spec = VEC_AT(decl->gendecl.specs, si);
                    if (tok == T_CONST) {
                        Vec *names = &spec->valuespec.names;
                        for (int k = 0; k < names->len; k++) {
                            Node *id = VEC_AT(*names, k);
                            Object *obj =
                                check_new_object(OBJ_CONST, id->ident.name, id->pos, NULL, pkg);
                            obj->decl = id;
                            DeclInfo *d = new_decl(c, obj, spec);
                            d->vtype = spec->valuespec.type;
                            if (k < spec->valuespec.values.len)
                                d->init = VEC_AT(spec->valuespec.values, k);
                            d->iota = spec->valuespec.iota;
                            d->inherited = spec->valuespec.implicit;
                            declare_pkg_obj(c, id, obj, d);
                        }
                        check_arity(c, spec, true);
                    } else if (tok == T_VAR) {
                        Vec *names = &spec->valuespec.names;
                        Vec *values = &spec->valuespec.values;
                        Vec *lhs = NULL;
                        Object **objs = ARENA_ARRAY(Object *, names->len + 1);
                        for (int k = 0; k < names->len; k++) {
                            Node *id = VEC_AT(*names, k);
                            objs[k] = check_new_object(OBJ_VAR, id->ident.name, id->pos, NULL, pkg);
                            objs[k]->decl = id;
                            objs[k]->var.is_global = true;
                            objs[k]->var.used = true;
                        }
                        if (values->len == 1 && names->len > 1) {
                            lhs = ARENA_NEW(Vec);
                            for (int k = 0; k < names->len; k++)
                                vec_push(lhs, objs[k]);
                        }
                        Vec *shared_deps = NULL;
                        for (int k = 0; k < names->len; k++) {
                            Node *id = VEC_AT(*names, k);
                            DeclInfo *d = new_decl(c, objs[k], spec);
                            d->vtype = spec->valuespec.type;
                            d->lhs = lhs;
                            if (lhs) {
                                if (!shared_deps) shared_deps = d->deps;
                                d->deps = shared_deps;
                            }
                            if (lhs)
                                d->init = VEC_AT(*values, 0);
                            else if (k < values->len)
                                d->init = VEC_AT(*values, k);
                            declare_pkg_obj(c, id, objs[k], d);
                        }
                        if (!spec->valuespec.type || values->len > 0) check_arity(c, spec, false);
                    } else if (tok == T_TYPE) {
                        Node *id = spec->typespec.name;
                        Object *obj =
                            check_new_object(OBJ_TYPENAME, id->ident.name, id->pos, NULL, pkg);
                        obj->decl = spec;
                        DeclInfo *d = new_decl(c, obj, spec);
                        d->is_alias = spec->typespec.assign;
                        declare_pkg_obj(c, id, obj, d);
                    }
                }
            } else if (decl->kind == N_FUNCDECL) {
                Node *id = decl->funcdecl.name;
                const char *name = id->ident.name;
                Object *obj = check_new_object(OBJ_FUNC, name, id->pos, NULL, pkg);
                obj->decl = decl;
                FuncInfo *info = new_func_info(decl, obj);
                obj->func.info = info;
                decl->funcdecl.info = info;
                info->noescape = has_directive(decl, "go:noescape");
                bool is_init = !decl->funcdecl.recv && strcmp(name, "init") == 0;
                info->link_name = func_link_name(pkg, decl, is_init ? init_count : 0);
                new_decl(c, obj, decl);
                Node *ft = decl->funcdecl.type;
                if (!decl->funcdecl.recv) {
                    bool is_main =
                        strcmp(name, "main") == 0 && pkg->name && strcmp(pkg->name, "main") == 0;
                    if (is_init || is_main) {
                        if (ft->functype.typeparams && ft->functype.typeparams->list.len > 0)
                            diag_error(((Node *)VEC_AT(ft->functype.typeparams->list, 0))->pos,
                                       "func %s must have no type parameters", name);
                        if (ft->functype.params.list.len > 0 ||
                            (ft->functype.results && ft->functype.results->list.len > 0))
                            diag_error(id->pos,
                                       "func %s must have no arguments and no return values", name);
                    }
                    if (is_init) {
                        init_count++;
                        obj->parent = pkg->scope; /* invisible: never declared */
                        id->ident.obj = obj;
                        vec_push(&pkg->init_funcs, info);
                        if (!decl->funcdecl.body) diag_error(id->pos, "missing function body");
                    } else {
                        check_declare(c, pkg->scope, id, obj);
                    }
                } else {
                    obj->func.is_method = true;
                    id->ident.obj = obj;
                    vec_push(method_decls, decl);
                }
                vec_push(&pkg->funcs, info);
            }
        }
        vec_push(file_scopes, c->file_scope);
    }
}

/* ---- initialization order (go/types initorder.go) -------------------------- */

typedef struct GNode {
    Object *obj;
    Vec succ; /* GNode*: what it depends on (functions removed) */
    Vec pred; /* GNode*: what depends on it */
    int ndeps;
    bool done;
} GNode;

static void gnode_add(Vec *v, GNode *n) {
    for (int i = 0; i < v->len; i++)
        if (VEC_AT(*v, i) == n) return;
    vec_push(v, n);
}

/* A path of dependencies from 'from' to 'to', reversed (to first), as
 * go/types findPath; NULL if there is none. */
static bool find_path(Object *from, Object *to, Vec *seen, Vec *path) {
    for (int i = 0; i < seen->len; i++)
        if (VEC_AT(*seen, i) == from) return false;
    vec_push(seen, from);
    DeclInfo *d = decl_of(from);
    if (!d) return false;
    for (int i = 0; i < d->deps->len; i++) {
        Object *dep = VEC_AT(*d->deps, i);
        if (dep == to) {
            vec_push(path, dep);
            return true;
        }
        if (find_path(dep, to, seen, path)) {
            vec_push(path, dep);
            return true;
        }
    }
    return false;
}

static void report_cycle(Vec *cycle) {
    Object *obj = VEC_AT(*cycle, 0);
    Pos at = obj->pos;
    char *msg = arena_printf("initialization loop for %s", obj->name);
    for (int i = cycle->len - 1; i >= 0; i--) {
        msg = arena_printf("%s\n\t%s: %s refers to", msg, check_pos_string(obj->pos), obj->name);
        obj = VEC_AT(*cycle, i);
    }
    msg = arena_printf("%s\n\t%s: %s", msg, check_pos_string(obj->pos), obj->name);
    diag_error(at, "%s", msg);
}

/* Method values and calls (x.m, T.m) are dependencies too; the expression
 * checker records only names, so they are collected here. */
static void method_dep_visit(Node *n, void *ctx) {
    DeclInfo *d = ctx;
    if (n->kind != N_SELECTOR || !n->selector.selection) return;
    Object *m = n->selector.selection->obj;
    if (!m || m->kind != OBJ_FUNC || !decl_of(m)) return;
    for (int i = 0; i < d->deps->len; i++)
        if (VEC_AT(*d->deps, i) == m) return;
    vec_push(d->deps, m);
}

static void collect_method_deps(void) {
    for (int i = 0; i < pkg_objs.len; i++) {
        Object *o = VEC_AT(pkg_objs, i);
        DeclInfo *d = decl_of(o);
        if (o->kind == OBJ_VAR && d->init)
            check_walk(d->init, method_dep_visit, d);
        else if (o->kind == OBJ_FUNC && d->spec->funcdecl.body)
            check_walk(d->spec->funcdecl.body, method_dep_visit, d);
    }
}

static void init_order(Checker *c, Package *pkg) {
    (void)c;
    collect_method_deps();
    int n = pkg_objs.len;
    GNode **nodes = ARENA_ARRAY(GNode *, n + 1);
    for (int i = 0; i < n; i++) {
        Object *o = VEC_AT(pkg_objs, i);
        if (o->kind != OBJ_VAR && o->kind != OBJ_CONST && o->kind != OBJ_FUNC) continue;
        nodes[i] = ARENA_NEW(GNode);
        nodes[i]->obj = o;
    }
    /* edges, then functions removed by connecting their preds to succs */
    for (int i = 0; i < n; i++) {
        if (!nodes[i]) continue;
        DeclInfo *d = decl_of(nodes[i]->obj);
        for (int k = 0; k < d->deps->len; k++) {
            Object *dep = VEC_AT(*d->deps, k);
            DeclInfo *dd = decl_of(dep);
            /* Only this package's objects take part: a method of an
             * imported type (b.WriteString) has an order in its own
             * package's list, not in this one. */
            if (!dd || dd->order >= n || VEC_AT(pkg_objs, dd->order) != dep || !nodes[dd->order])
                continue;
            gnode_add(&nodes[i]->succ, nodes[dd->order]);
            gnode_add(&nodes[dd->order]->pred, nodes[i]);
        }
    }
    for (int i = 0; i < n; i++) {
        GNode *f = nodes[i];
        if (!f || f->obj->kind != OBJ_FUNC) continue;
        for (int a = 0; a < f->pred.len; a++) {
            GNode *p = VEC_AT(f->pred, a);
            if (p == f) continue;
            for (int b = 0; b < f->succ.len; b++) {
                GNode *s = VEC_AT(f->succ, b);
                if (s == f) continue;
                gnode_add(&p->succ, s);
                gnode_add(&s->pred, p);
            }
            /* remove p -> f */
            for (int k = 0; k < p->succ.len; k++)
                if (VEC_AT(p->succ, k) == f) {
                    p->succ.items[k] = p->succ.items[--p->succ.len];
                    break;
                }
        }
        for (int b = 0; b < f->succ.len; b++) {
            GNode *s = VEC_AT(f->succ, b);
            for (int k = 0; k < s->pred.len; k++)
                if (VEC_AT(s->pred, k) == f) {
                    s->pred.items[k] = s->pred.items[--s->pred.len];
                    break;
                }
        }
        f->done = true; /* not a node of the graph any more */
    }
    int remaining = 0;
    for (int i = 0; i < n; i++)
        if (nodes[i] && !nodes[i]->done) {
            nodes[i]->ndeps = nodes[i]->succ.len;
            remaining++;
        }
    Vec emitted_lhs = {0}; /* Vec* of multi-var specs already emitted */
    while (remaining > 0) {
        /* the node with the fewest dependencies, earliest in the source */
        GNode *best = NULL;
        for (int i = 0; i < n; i++) {
            GNode *g = nodes[i];
            if (!g || g->done) continue;
            if (!best || g->ndeps < best->ndeps) best = g;
        }
        best->done = true;
        remaining--;
        if (best->ndeps > 0) {
            Vec seen = {0}, path = {0};
            if (find_path(best->obj, best->obj, &seen, &path)) report_cycle(&path);
        }
        for (int k = 0; k < best->pred.len; k++) {
            GNode *p = VEC_AT(best->pred, k);
            p->ndeps--;
        }
        if (best->obj->kind != OBJ_VAR) continue;
        DeclInfo *d = decl_of(best->obj);
        if (!d->init) continue;
        if (d->lhs) {
            bool dup = false;
            for (int k = 0; k < emitted_lhs.len; k++)
                if (VEC_AT(emitted_lhs, k) == d->lhs) dup = true;
            if (dup) continue;
            vec_push(&emitted_lhs, d->lhs);
        }
        VarInit *vi = ARENA_NEW(VarInit);
        if (d->lhs)
            vi->lhs = *d->lhs;
        else
            vec_push(&vi->lhs, best->obj);
        vi->rhs = d->init;
        vec_push(&pkg->var_inits, vi);
    }
}

/* ---- checking a package ----------------------------------------------------- */

/* A dot-import is used when a name in its file denotes one of the
 * imported package's objects. */
typedef struct DotUse {
    Package *imp;
    bool used;
} DotUse;

static void dot_use_visit(Node *n, void *ctx) {
    DotUse *u = ctx;
    if (n->kind == N_IDENT && n->ident.obj && n->ident.obj->pkg == u->imp) u->used = true;
}

static bool dot_import_used(Node *file, Package *imp) {
    DotUse u = {imp, false};
    for (int i = 0; i < file->file.decls.len && !u.used; i++) {
        Node *d = VEC_AT(file->file.decls, i);
        if (d->kind == N_FUNCDECL) {
            if (d->funcdecl.recv)
                for (int k = 0; k < d->funcdecl.recv->list.len; k++)
                    check_walk(VEC_AT(d->funcdecl.recv->list, k), dot_use_visit, &u);
            check_walk(d->funcdecl.type, dot_use_visit, &u);
            check_walk(d->funcdecl.body, dot_use_visit, &u);
        } else if (d->gendecl.tok != T_IMPORT) {
            check_walk(d, dot_use_visit, &u);
        }
    }
    return u.used;
}

static void unused_imports(Package *pkg) {
    for (int i = 0; i < pkg->files.len; i++) {
        Node *file = VEC_AT(pkg->files, i);
        for (int j = 0; j < file->file.imports.len; j++) {
            Node *spec = VEC_AT(file->file.imports, j);
            Object *pn = spec->importspec.pkgname;
            if (!pn || pn->pkgname.used || pn->name == intern_cstr("_")) continue;
            if (pn->name == intern_cstr(".") && dot_import_used(file, pn->pkgname.imported))
                continue;
            const char *path = pn->pkgname.imported->path;
            const char *elem = strrchr(path, '/');
            elem = elem ? elem + 1 : path;
            if (strcmp(pn->name, ".") == 0 || strcmp(pn->name, elem) == 0)
                diag_error(pn->pos, "imported and not used: \"%s\"", path);
            else
                diag_error(pn->pos, "imported and not used: \"%s\" as %s", path, pn->name);
        }
    }
}

static bool is_std_package(Checker *c, Package *pkg) {
    return pkg != c->prog->main;
}

static void check_package(Checker *c, Package *pkg) {
    c->pkg = pkg;
    types_local_pkg = pkg;
    c->func = NULL;
    c->scope = NULL;
    c->decl_obj = NULL;
    c->funclit_count = 0;
    c->loop_depth = 0;
    c->stmt_ctx = NULL;
    pkg_objs = (Vec){0};
    pkg->scope = scope_new(universe);
    if (!pkg->name) {
        Node *f0 = VEC_AT(pkg->files, 0);
        pkg->name = f0->file.name ? f0->file.name->ident.name : "main";
    }

    for (int i = 0; i < pkg->files.len; i++)
        check_branches_file(c, VEC_AT(pkg->files, i));

    Vec methods = {0}, fscopes = {0};
    collect_objects(c, pkg, &methods, &fscopes);
    pkg_funcs_base = c->prog->funcs.len; /* the imported packages are done */

    /* objects in package and file scopes must have different names */
    for (int i = 0; i < fscopes.len; i++) {
        Scope *fs = VEC_AT(fscopes, i);
        for (int j = 0; j < fs->objs.len; j++) {
            Object *o = VEC_AT(fs->objs, j);
            Object *alt = scope_lookup_local(pkg->scope, VEC_AT(fs->names, j));
            if (!alt) continue;
            if (o->kind == OBJ_PKGNAME)
                diag_error(alt->pos,
                           "%s already declared through import of package %s (\"%s\")\n\t%s: "
                           "other declaration of %s",
                           alt->name, o->pkgname.imported->name, o->pkgname.imported->path,
                           check_pos_string(o->pos), alt->name);
            else
                diag_error(alt->pos, "%s already declared through dot-import of package %s",
                           alt->name, o->pkg ? o->pkg->name : "?");
        }
    }

    /* associate methods with their receiver base type names */
    for (int i = 0; i < methods.len; i++) {
        Node *fd = VEC_AT(methods, i);
        Object *m = fd->funcdecl.info->obj;
        bool ptr;
        int nstars;
        Node *base = recv_base_ident(fd, &ptr, &nstars);
        if (!base || nstars > 1) continue;
        Object *tn = scope_lookup_local(pkg->scope, base->ident.name);
        if (!tn || tn->kind != OBJ_TYPENAME) continue;
        DeclInfo *td = decl_of(tn);
        if (td) vec_push(&td->methods, m);
    }

    /* package objects: type definitions, then aliases, then the rest */
    Vec objs = pkg_objs;
    for (int pass = 0; pass < 3; pass++) {
        for (int i = 0; i < objs.len; i++) {
            Object *o = VEC_AT(objs, i);
            DeclInfo *d = decl_of(o);
            bool is_type = o->kind == OBJ_TYPENAME;
            if (pass == 0 && !(is_type && !d->is_alias)) continue;
            if (pass == 1 && !(is_type && d->is_alias)) continue;
            if (pass == 2 && is_type) continue;
            check_obj_decl(c, o);
        }
    }

    check_valid_types(c);

    /* function bodies, in source order */
    for (int i = 0; i < pkg->funcs.len; i++) {
        FuncInfo *fi = VEC_AT(pkg->funcs, i);
        vec_push(&c->prog->funcs, fi);
        Node *fd = fi->decl;
        if (!fi->sig) check_obj_decl(c, fi->obj);
        if (!fd->funcdecl.body) continue;
        DeclInfo *d = decl_of(fi->obj);
        c->file = d->file;
        c->file_scope = d->file_scope;
        c->scope = d->file_scope;
        c->func = NULL;
        c->decl_obj = fi->obj;
        c->iota = NULL;
        check_func_body(c, fi);
        c->decl_obj = NULL;
    }

    init_order(c, pkg);
    unused_imports(pkg);

    if (is_std_package(c, pkg) || diag_count() > 0 || strcmp(pkg->name, "main") != 0) {
        /* Body-less functions of std packages are implemented in C. A
         * package other than main is only compiled, as `go tool compile`
         * does, and like it leaves body-less functions to the linker (Go's
         * errorcheck tests declare such functions). */
    } else {
        for (int i = 0; i < pkg->funcs.len; i++) {
            FuncInfo *fi = VEC_AT(pkg->funcs, i);
            Node *fd = fi->decl;
            if (fd->funcdecl.body || has_directive(fd, "go:linkname")) continue;
            if (!fd->funcdecl.recv && strcmp(fi->obj->name, "init") == 0)
                continue; /* reported already */
            /* gc: where the declaration's name part starts (a method's "(") */
            Pos at = fd->funcdecl.name->pos;
            if (fd->funcdecl.recv && pos_valid(fd->funcdecl.recv->opening))
                at = fd->funcdecl.recv->opening;
            diag_error(at, "missing function body");
        }
    }

    pkg->checked = true;
    vec_push(&c->prog->packages, pkg);
}

/* ---- entry point -------------------------------------------------------------- */

Program *check_program(Vec files, const CheckOptions *opts) {
    static bool universe_ready;
    if (!universe_ready) {
        types_init_universe();
        universe_ready = true;
    }
    Program *prog = ARENA_NEW(Program);
    Checker c = {0};
    c.prog = prog;
    c.opts = opts;

    Package *main = ARENA_NEW(Package);
    main->files = files;
    main->path = intern_cstr("main");
    prog->main = main;
    for (int i = 0; i < files.len; i++) {
        Node *f = VEC_AT(files, i);
        if (f->file.name && f->file.name->ident.name == intern_cstr("_"))
            diag_error(f->file.name->pos, "invalid package name _");
    }
    if (files.len > 0) {
        Node *f0 = VEC_AT(files, 0);
        main->name = f0->file.name ? f0->file.name->ident.name : intern_cstr("main");
        /* gc: all files of a package must agree on its name */
        for (int i = 1; i < files.len; i++) {
            Node *f = VEC_AT(files, i);
            if (f->file.name && f->file.name->ident.name != main->name)
                diag_error(f->file.name->pos, "package %s; expected package %s",
                           f->file.name->ident.name, main->name);
        }
        if (strcmp(main->name, "main") != 0) main->path = main->name;
    }
    if (diag_count() > 0 && !(files.len > 0 && main->name == intern_cstr("_"))) return NULL;
    PkgEntry *e = ARENA_NEW(PkgEntry);
    e->path = main->path;
    e->pkg = main;
    e->loading = true;
    vec_push(&pkg_entries, e);
    check_package(&c, main);
    e->loading = false;

    report_unsupported();
    if (diag_count() == 0 && strcmp(main->name, "main") == 0) {
        Object *m = scope_lookup_local(main->scope, intern_cstr("main"));
        if (!m || m->kind != OBJ_FUNC) {
            /* gc's linker reports this, without a source position, naming
             * the symbol the runtime needs */
            fprintf(stderr, "runtime.main_main\xc2\xb7"
                            "f: function main is undeclared in the main package\n");
            return NULL;
        }
    }
    if (diag_count() > 0) {
        if (diag_count() == unsupported_reported && !unsupported_untyped)
            unsupported_only_prog = prog;
        return NULL;
    }
    return prog;
}
