/* cg_checkescape.c: -d=checkescape, a soundness check of escape analysis.
 *
 * Whatever escape analysis keeps in a function's frame must be dead when
 * the function returns. A wrong "does not escape" leaves a pointer to the
 * dead frame behind, and such a pointer usually still reads the right
 * value until some later call reuses the stack: the bug hides. With
 * -d=checkescape every return first overwrites the frame's addressable
 * slots with 0xAA bytes, so a dangling pointer reads garbage at once and
 * the program's output changes (tests/run compares it with gc's).
 *
 * The slots are found in the finished IR rather than at each allocation
 * site: an entry-block alloca whose address is used for anything but a
 * plain load or store of the slot itself (passed on, stored, offset into)
 * is one a pointer may refer to. Slots that are only loaded and stored
 * cannot be pointed to and are left alone, so mem2reg still promotes them.
 * The memsets are volatile: to LLVM a store into a frame that is about to
 * die is dead, and it would delete a plain one. */
#include "codegen/cg_internal.h"

/* Whether the address of alloca a is used beyond loads and stores of it. */
static bool cg_slot_address_used(LLVMValueRef a) {
    for (LLVMUseRef u = LLVMGetFirstUse(a); u; u = LLVMGetNextUse(u)) {
        LLVMValueRef user = LLVMGetUser(u);
        if (LLVMIsALoadInst(user)) continue;
        if (LLVMIsAStoreInst(user) && LLVMGetOperand(user, 0) != a) continue;
        return true;
    }
    return false;
}

void cg_poison_frame(Cg *cg, CgFunc *f) {
    LLVMValueRef fn = f->fn;
    LLVMBasicBlockRef entry = LLVMGetEntryBasicBlock(fn);
    if (!entry) return;
    Vec slots = {0};
    for (LLVMValueRef i = LLVMGetFirstInstruction(entry); i; i = LLVMGetNextInstruction(i))
        if (LLVMIsAAllocaInst(i) && cg_slot_address_used(i)) vec_push(&slots, i);
    if (slots.len == 0) return;

    LLVMTypeRef ovl[] = {cg->t_ptr, cg->t_i64};
    unsigned id = LLVMLookupIntrinsicID("llvm.memset", 11);
    LLVMValueRef memset = LLVMGetIntrinsicDeclaration(cg->mod, id, ovl, 2);
    LLVMTypeRef memset_ty = LLVMIntrinsicGetType(cg->ctx, id, ovl, 2);
    LLVMBuilderRef b = LLVMCreateBuilderInContext(cg->ctx);
    for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(fn); bb; bb = LLVMGetNextBasicBlock(bb)) {
        LLVMValueRef term = LLVMGetBasicBlockTerminator(bb);
        if (!term || !LLVMIsAReturnInst(term)) continue;
        LLVMPositionBuilderBefore(b, term);
        /* the ret's own debug location, so -g still verifies */
        LLVMSetCurrentDebugLocation2(b, LLVMInstructionGetDebugLoc(term));
        for (int k = 0; k < slots.len; k++) {
            LLVMValueRef a = VEC_AT(slots, k);
            unsigned long long size = LLVMABISizeOfType(cg->td, LLVMGetAllocatedType(a));
            if (size == 0) continue;
            LLVMValueRef args[] = {a, LLVMConstInt(cg->t_i8, 0xAA, 0),
                                   LLVMConstInt(cg->t_i64, size, 0),
                                   LLVMConstInt(cg->t_i1, 1, 0) /* volatile */};
            LLVMBuildCall2(b, memset_ty, memset, args, 4, "");
        }
    }
    LLVMDisposeBuilder(b);
}
