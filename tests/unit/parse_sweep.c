/* parse_sweep.c: a robustness check for the lexer and parser. It parses
 * every file named on the command line, prints the diagnostics, and exits 0
 * unless a file cannot be read: what it tests is that nothing crashes or
 * hangs, on Go's own test suite for instance.
 *
 *   parse_sweep [-q] [-dump] file.go...
 *
 * -q also prints "file: N errors" on stdout. -dump prints every node in
 * go/ast's walk order as "Kind line:col [detail]", the same format as a small
 * go/ast program prints, so that the tree's shape and positions can be
 * compared with go/parser's. -exprs prints ast_expr_string and
 * ast_expr_string_types2 of assignment right-hand sides. -limit stops after
 * 10 errors as gc does without -e. */
#include "frontend/ast.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 1 << 16, n = 0;
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
    *len = n;
    return buf;
}

static const char *const kind_names[N_KIND_COUNT] = {
    [N_BAD] = "BadExpr",
    [N_IDENT] = "Ident",
    [N_BASICLIT] = "BasicLit",
    [N_COMPOSITELIT] = "CompositeLit",
    [N_FUNCLIT] = "FuncLit",
    [N_PAREN] = "ParenExpr",
    [N_SELECTOR] = "SelectorExpr",
    [N_INDEX] = "IndexExpr",
    [N_SLICE] = "SliceExpr",
    [N_TYPEASSERT] = "TypeAssertExpr",
    [N_CALL] = "CallExpr",
    [N_STAR] = "StarExpr",
    [N_UNARY] = "UnaryExpr",
    [N_BINARY] = "BinaryExpr",
    [N_KEYVALUE] = "KeyValueExpr",
    [N_ARRAYTYPE] = "ArrayType",
    [N_STRUCTTYPE] = "StructType",
    [N_FUNCTYPE] = "FuncType",
    [N_INTERFACETYPE] = "InterfaceType",
    [N_MAPTYPE] = "MapType",
    [N_CHANTYPE] = "ChanType",
    [N_ELLIPSIS] = "Ellipsis",
    [N_FIELD] = "Field",
    [N_BADSTMT] = "BadStmt",
    [N_DECLSTMT] = "DeclStmt",
    [N_EMPTYSTMT] = "EmptyStmt",
    [N_LABELEDSTMT] = "LabeledStmt",
    [N_EXPRSTMT] = "ExprStmt",
    [N_SENDSTMT] = "SendStmt",
    [N_INCDECSTMT] = "IncDecStmt",
    [N_ASSIGNSTMT] = "AssignStmt",
    [N_GOSTMT] = "GoStmt",
    [N_DEFERSTMT] = "DeferStmt",
    [N_RETURNSTMT] = "ReturnStmt",
    [N_BRANCHSTMT] = "BranchStmt",
    [N_BLOCKSTMT] = "BlockStmt",
    [N_IFSTMT] = "IfStmt",
    [N_CASECLAUSE] = "CaseClause",
    [N_SWITCHSTMT] = "SwitchStmt",
    [N_TYPESWITCHSTMT] = "TypeSwitchStmt",
    [N_COMMCLAUSE] = "CommClause",
    [N_SELECTSTMT] = "SelectStmt",
    [N_FORSTMT] = "ForStmt",
    [N_RANGESTMT] = "RangeStmt",
    [N_IMPORTSPEC] = "ImportSpec",
    [N_VALUESPEC] = "ValueSpec",
    [N_TYPESPEC] = "TypeSpec",
    [N_GENDECL] = "GenDecl",
    [N_FUNCDECL] = "FuncDecl",
    [N_FILE] = "File",
};

static void dump(const Node *n);
static bool missing;

/* A child that ast.h promises is there even after syntax errors. */
static const Node *req(const Node *parent, const Node *child) {
    if (!child) {
        fprintf(stderr, "%d:%d: %s lacks a required child\n", parent->pos.line, parent->pos.col,
                kind_names[parent->kind]);
        missing = true;
    }
    return child;
}

static void dump_vec(const Vec *v) {
    for (int i = 0; i < v->len; i++)
        dump(VEC_AT(*v, i));
}

static void dump_fields(const FieldList *fl) {
    if (fl) dump_vec(&fl->list);
}

/* Prints n and its children in the order of go/ast's Walk. */
static void dump(const Node *n) {
    if (!n) return;
    const char *name = kind_names[n->kind];
    if (n->kind == N_INDEX && n->index.indices.len > 1) name = "IndexListExpr";
    if (n->kind == N_GOSTMT && n->pos.line == 0) name = "?";
    printf("%s %d:%d", name, n->pos.line, n->pos.col);
    switch (n->kind) {
    case N_IDENT: printf(" %s", n->ident.name); break;
    case N_BINARY: printf(" %s", tok_string(n->binary.op)); break;
    case N_UNARY: printf(" %s", tok_string(n->unary.op)); break;
    case N_CHANTYPE: printf(" %d", n->chantype.dir); break;
    case N_ASSIGNSTMT: printf(" %s", tok_string(n->assign.tok)); break;
    default: break;
    }
    printf("\n");
    switch (n->kind) {
    case N_COMPOSITELIT:
        dump(n->complit.type);
        dump_vec(&n->complit.elts);
        break;
    case N_FUNCLIT:
        dump(req(n, n->funclit.type));
        dump(req(n, n->funclit.body));
        break;
    case N_PAREN: dump(req(n, n->paren.x)); break;
    case N_SELECTOR:
        dump(req(n, n->selector.x));
        dump(req(n, n->selector.sel));
        break;
    case N_INDEX:
        dump(req(n, n->index.x));
        req(n, n->index.index);
        if (n->index.indices.len > 1)
            dump_vec(&n->index.indices);
        else
            dump(n->index.index);
        break;
    case N_SLICE:
        dump(req(n, n->slice.x));
        dump(n->slice.low);
        dump(n->slice.high);
        dump(n->slice.max);
        break;
    case N_TYPEASSERT:
        dump(req(n, n->typeassert.x));
        dump(n->typeassert.type);
        break;
    case N_CALL:
        dump(req(n, n->call.fun));
        dump_vec(&n->call.args);
        break;
    case N_STAR: dump(req(n, n->star.x)); break;
    case N_UNARY: dump(req(n, n->unary.x)); break;
    case N_BINARY:
        dump(req(n, n->binary.x));
        dump(req(n, n->binary.y));
        break;
    case N_KEYVALUE:
        dump(req(n, n->keyvalue.key));
        dump(req(n, n->keyvalue.value));
        break;
    case N_ARRAYTYPE:
        dump(n->arraytype.len);
        dump(req(n, n->arraytype.elt));
        break;
    case N_STRUCTTYPE: dump_fields(&n->structtype.fields); break;
    case N_FUNCTYPE:
        dump_fields(n->functype.typeparams);
        dump_fields(&n->functype.params);
        dump_fields(n->functype.results);
        break;
    case N_INTERFACETYPE: dump_fields(&n->interfacetype.methods); break;
    case N_MAPTYPE:
        dump(req(n, n->maptype.key));
        dump(req(n, n->maptype.value));
        break;
    case N_CHANTYPE: dump(req(n, n->chantype.value)); break;
    case N_ELLIPSIS: dump(n->ellipsis.elt); break;
    case N_FIELD:
        dump_vec(&n->field.names);
        dump(req(n, n->field.type));
        dump(n->field.tag);
        break;
    case N_DECLSTMT: dump(req(n, n->declstmt.decl)); break;
    case N_LABELEDSTMT:
        dump(req(n, n->labeled.label));
        dump(req(n, n->labeled.stmt));
        break;
    case N_EXPRSTMT: dump(req(n, n->exprstmt.x)); break;
    case N_SENDSTMT:
        dump(req(n, n->send.chan));
        dump(req(n, n->send.value));
        break;
    case N_INCDECSTMT: dump(req(n, n->incdec.x)); break;
    case N_ASSIGNSTMT:
        dump_vec(&n->assign.lhs);
        dump_vec(&n->assign.rhs);
        break;
    case N_GOSTMT:
    case N_DEFERSTMT: dump(req(n, n->gostmt.call)); break;
    case N_RETURNSTMT: dump_vec(&n->ret.results); break;
    case N_BRANCHSTMT: dump(n->branch.label); break;
    case N_BLOCKSTMT: dump_vec(&n->block.list); break;
    case N_IFSTMT:
        dump(n->ifstmt.init);
        dump(req(n, n->ifstmt.cond));
        dump(req(n, n->ifstmt.body));
        dump(n->ifstmt.els);
        break;
    case N_CASECLAUSE:
        dump_vec(&n->caseclause.list);
        dump_vec(&n->caseclause.body);
        break;
    case N_SWITCHSTMT:
        dump(n->switchstmt.init);
        dump(n->switchstmt.tag);
        dump(req(n, n->switchstmt.body));
        break;
    case N_TYPESWITCHSTMT:
        dump(n->typeswitch.init);
        dump(req(n, n->typeswitch.assign));
        dump(req(n, n->typeswitch.body));
        break;
    case N_COMMCLAUSE:
        dump(n->commclause.comm);
        dump_vec(&n->commclause.body);
        break;
    case N_SELECTSTMT: dump(req(n, n->selectstmt.body)); break;
    case N_FORSTMT:
        dump(n->forstmt.init);
        dump(n->forstmt.cond);
        dump(n->forstmt.post);
        dump(req(n, n->forstmt.body));
        break;
    case N_RANGESTMT:
        dump(n->rangestmt.key);
        dump(n->rangestmt.value);
        dump(req(n, n->rangestmt.x));
        dump(req(n, n->rangestmt.body));
        break;
    case N_IMPORTSPEC:
        dump(n->importspec.name);
        dump(req(n, n->importspec.path));
        break;
    case N_VALUESPEC:
        dump_vec(&n->valuespec.names);
        if (!n->valuespec.implicit) {
            dump(n->valuespec.type);
            dump_vec(&n->valuespec.values);
        }
        break;
    case N_TYPESPEC:
        dump(req(n, n->typespec.name));
        dump_fields(n->typespec.typeparams);
        dump(req(n, n->typespec.type));
        break;
    case N_GENDECL: dump_vec(&n->gendecl.specs); break;
    case N_FUNCDECL:
        dump_fields(n->funcdecl.recv);
        dump(req(n, n->funcdecl.name));
        dump(req(n, n->funcdecl.type));
        dump(n->funcdecl.body);
        break;
    case N_FILE:
        dump(req(n, n->file.name));
        dump_vec(&n->file.decls);
        break;
    default: break;
    }
}

/* -exprs: both spellings of the right-hand sides of the assignments at the
 * top level of each function body. */
static void print_exprs(const Node *file) {
    for (int i = 0; i < file->file.decls.len; i++) {
        const Node *d = VEC_AT(file->file.decls, i);
        if (d->kind != N_FUNCDECL || !d->funcdecl.body) continue;
        const Vec *list = &d->funcdecl.body->block.list;
        for (int j = 0; j < list->len; j++) {
            const Node *st = VEC_AT(*list, j);
            if (st->kind != N_ASSIGNSTMT) continue;
            for (int k = 0; k < st->assign.rhs.len; k++) {
                const Node *x = VEC_AT(st->assign.rhs, k);
                printf("%d:%d: %s | %s\n", x->pos.line, x->pos.col, ast_expr_string(x),
                       ast_expr_string_types2(x));
            }
        }
    }
}

int main(int argc, char **argv) {
    bool quiet = false, dump_tree = false, exprs = false;
    int status = 0;
    diag_all_errors = true;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-q") == 0) {
            quiet = true;
            continue;
        }
        if (strcmp(argv[i], "-limit") == 0) {
            diag_all_errors = false; /* gc's default: stop after 10 errors */
            continue;
        }
        if (strcmp(argv[i], "-exprs") == 0) {
            exprs = true;
            continue;
        }
        if (strcmp(argv[i], "-dump") == 0) {
            dump_tree = true;
            continue;
        }
        size_t len;
        char *src = read_file(argv[i], &len);
        if (!src) {
            perror(argv[i]);
            status = 1;
            continue;
        }
        Node *file = parse_file(argv[i], src, len);
        if (!file || file->kind != N_FILE) {
            fprintf(stderr, "%s: parse_file did not return a file\n", argv[i]);
            return 2;
        }
        if (dump_tree) dump(file);
        if (exprs) print_exprs(file);
        int n = diag_flush();
        if (quiet) printf("%s: %d errors\n", argv[i], n);
        free(src);
    }
    return missing ? 3 : status;
}
