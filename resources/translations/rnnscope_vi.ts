<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>BpttEquations</name>
    <message>
        <location filename="../../ui/panels/bptt_equations.cpp" line="80"/>
        <source>Forward pass, step t = %1 (of t = 0..%2)</source>
        <translation>Lượt xuôi, bước t = %1 (trong t = 0..%2)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_equations.cpp" line="83"/>
        <source>x&lt;sub&gt;t&lt;/sub&gt; is h&lt;sub&gt;t&lt;/sub&gt; of layer %1 = %2</source>
        <translation>x&lt;sub&gt;t&lt;/sub&gt; là h&lt;sub&gt;t&lt;/sub&gt; của lớp %1 = %2</translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_equations.cpp" line="85"/>
        <source>x&lt;sub&gt;t&lt;/sub&gt; is the one-hot vector of &apos;%1&apos; = %2</source>
        <translation>x&lt;sub&gt;t&lt;/sub&gt; là vectơ one-hot của &apos;%1&apos; = %2</translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_equations.cpp" line="87"/>
        <source>x&lt;sub&gt;t&lt;/sub&gt; is the embedding of &apos;%1&apos; (row %2 of the embedding matrix) = %3</source>
        <translation>x&lt;sub&gt;t&lt;/sub&gt; là embedding của &apos;%1&apos; (hàng %2 của ma trận embedding) = %3</translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_equations.cpp" line="94"/>
        <source>y&lt;sub&gt;t&lt;/sub&gt; = W&lt;sub&gt;hy&lt;/sub&gt; h&lt;sub&gt;t&lt;/sub&gt; + b&lt;sub&gt;y&lt;/sub&gt; = %1</source>
        <translation>y&lt;sub&gt;t&lt;/sub&gt; = W&lt;sub&gt;hy&lt;/sub&gt; h&lt;sub&gt;t&lt;/sub&gt; + b&lt;sub&gt;y&lt;/sub&gt; = %1</translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_equations.cpp" line="95"/>
        <source>p&lt;sub&gt;t&lt;/sub&gt; = softmax(y&lt;sub&gt;t&lt;/sub&gt;); the next character is &apos;%1&apos;, p&lt;sub&gt;t&lt;/sub&gt;(&apos;%1&apos;) = %2</source>
        <translation>p&lt;sub&gt;t&lt;/sub&gt; = softmax(y&lt;sub&gt;t&lt;/sub&gt;); ký tự tiếp theo là &apos;%1&apos;, p&lt;sub&gt;t&lt;/sub&gt;(&apos;%1&apos;) = %2</translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_equations.cpp" line="97"/>
        <source>&lt;b&gt;L&lt;sub&gt;t&lt;/sub&gt; = &amp;minus;log p&lt;sub&gt;t&lt;/sub&gt;(&apos;%1&apos;) = %2&lt;/b&gt; nats</source>
        <translation>&lt;b&gt;L&lt;sub&gt;t&lt;/sub&gt; = &amp;minus;log p&lt;sub&gt;t&lt;/sub&gt;(&apos;%1&apos;) = %2&lt;/b&gt; nat</translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_equations.cpp" line="111"/>
        <source>a&lt;sub&gt;t&lt;/sub&gt; = (W&lt;sub&gt;xh&lt;/sub&gt; x&lt;sub&gt;t&lt;/sub&gt; + b&lt;sub&gt;xh&lt;/sub&gt;) + (W&lt;sub&gt;hh&lt;/sub&gt; %1 + b&lt;sub&gt;hh&lt;/sub&gt;) = %2 + %3 = %4</source>
        <translation>a&lt;sub&gt;t&lt;/sub&gt; = (W&lt;sub&gt;xh&lt;/sub&gt; x&lt;sub&gt;t&lt;/sub&gt; + b&lt;sub&gt;xh&lt;/sub&gt;) + (W&lt;sub&gt;hh&lt;/sub&gt; %1 + b&lt;sub&gt;hh&lt;/sub&gt;) = %2 + %3 = %4</translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_equations.cpp" line="115"/>
        <source>&lt;b&gt;h&lt;sub&gt;t&lt;/sub&gt; = tanh(a&lt;sub&gt;t&lt;/sub&gt;) = %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;h&lt;sub&gt;t&lt;/sub&gt; = tanh(a&lt;sub&gt;t&lt;/sub&gt;) = %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_equations.cpp" line="116"/>
        <source>&lt;b&gt;h&lt;sub&gt;t&lt;/sub&gt; = max(0, a&lt;sub&gt;t&lt;/sub&gt;) = %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;h&lt;sub&gt;t&lt;/sub&gt; = max(0, a&lt;sub&gt;t&lt;/sub&gt;) = %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_equations.cpp" line="119"/>
        <source>gates from W&lt;sub&gt;xh&lt;/sub&gt; x&lt;sub&gt;t&lt;/sub&gt; + W&lt;sub&gt;hh&lt;/sub&gt; %1 + b, in blocks of %2 rows (i, f, g, o):</source>
        <translation>các cổng từ W&lt;sub&gt;xh&lt;/sub&gt; x&lt;sub&gt;t&lt;/sub&gt; + W&lt;sub&gt;hh&lt;/sub&gt; %1 + b, theo khối %2 hàng (i, f, g, o):</translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_equations.cpp" line="122"/>
        <source>i&lt;sub&gt;t&lt;/sub&gt; = &amp;sigma;(&amp;middot;) = %1, f&lt;sub&gt;t&lt;/sub&gt; = &amp;sigma;(&amp;middot;) = %2</source>
        <translation>i&lt;sub&gt;t&lt;/sub&gt; = &amp;sigma;(&amp;middot;) = %1, f&lt;sub&gt;t&lt;/sub&gt; = &amp;sigma;(&amp;middot;) = %2</translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_equations.cpp" line="124"/>
        <source>g&lt;sub&gt;t&lt;/sub&gt; = tanh(&amp;middot;) = %1, o&lt;sub&gt;t&lt;/sub&gt; = &amp;sigma;(&amp;middot;) = %2</source>
        <translation>g&lt;sub&gt;t&lt;/sub&gt; = tanh(&amp;middot;) = %1, o&lt;sub&gt;t&lt;/sub&gt; = &amp;sigma;(&amp;middot;) = %2</translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_equations.cpp" line="126"/>
        <source>&lt;b&gt;c&lt;sub&gt;t&lt;/sub&gt; = f&lt;sub&gt;t&lt;/sub&gt; ⊙ c&lt;sub&gt;t&amp;minus;1&lt;/sub&gt; + i&lt;sub&gt;t&lt;/sub&gt; ⊙ g&lt;sub&gt;t&lt;/sub&gt; = %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;c&lt;sub&gt;t&lt;/sub&gt; = f&lt;sub&gt;t&lt;/sub&gt; ⊙ c&lt;sub&gt;t&amp;minus;1&lt;/sub&gt; + i&lt;sub&gt;t&lt;/sub&gt; ⊙ g&lt;sub&gt;t&lt;/sub&gt; = %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_equations.cpp" line="128"/>
        <source>&lt;b&gt;h&lt;sub&gt;t&lt;/sub&gt; = o&lt;sub&gt;t&lt;/sub&gt; ⊙ tanh(c&lt;sub&gt;t&lt;/sub&gt;) = %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;h&lt;sub&gt;t&lt;/sub&gt; = o&lt;sub&gt;t&lt;/sub&gt; ⊙ tanh(c&lt;sub&gt;t&lt;/sub&gt;) = %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_equations.cpp" line="131"/>
        <source>r&lt;sub&gt;t&lt;/sub&gt; = &amp;sigma;(&amp;middot;) = %1, z&lt;sub&gt;t&lt;/sub&gt; = &amp;sigma;(&amp;middot;) = %2</source>
        <translation>r&lt;sub&gt;t&lt;/sub&gt; = &amp;sigma;(&amp;middot;) = %1, z&lt;sub&gt;t&lt;/sub&gt; = &amp;sigma;(&amp;middot;) = %2</translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_equations.cpp" line="134"/>
        <source>n&lt;sub&gt;t&lt;/sub&gt; = tanh(W&lt;sub&gt;xn&lt;/sub&gt; x&lt;sub&gt;t&lt;/sub&gt; + b + r&lt;sub&gt;t&lt;/sub&gt; ⊙ (W&lt;sub&gt;hn&lt;/sub&gt; %1 + b)) = %2</source>
        <translation>n&lt;sub&gt;t&lt;/sub&gt; = tanh(W&lt;sub&gt;xn&lt;/sub&gt; x&lt;sub&gt;t&lt;/sub&gt; + b + r&lt;sub&gt;t&lt;/sub&gt; ⊙ (W&lt;sub&gt;hn&lt;/sub&gt; %1 + b)) = %2</translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_equations.cpp" line="136"/>
        <source>&lt;b&gt;h&lt;sub&gt;t&lt;/sub&gt; = (1 &amp;minus; z&lt;sub&gt;t&lt;/sub&gt;) ⊙ n&lt;sub&gt;t&lt;/sub&gt; + z&lt;sub&gt;t&lt;/sub&gt; ⊙ %1 = %2&lt;/b&gt; &lt;small&gt;(PyTorch&apos;s form: z near 1 keeps the old state)&lt;/small&gt;</source>
        <translation>&lt;b&gt;h&lt;sub&gt;t&lt;/sub&gt; = (1 &amp;minus; z&lt;sub&gt;t&lt;/sub&gt;) ⊙ n&lt;sub&gt;t&lt;/sub&gt; + z&lt;sub&gt;t&lt;/sub&gt; ⊙ %1 = %2&lt;/b&gt; &lt;small&gt;(dạng của PyTorch: z gần 1 thì giữ trạng thái cũ)&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_equations.cpp" line="140"/>
        <source>n&lt;sub&gt;t&lt;/sub&gt; = tanh(W&lt;sub&gt;xn&lt;/sub&gt; x&lt;sub&gt;t&lt;/sub&gt; + b + W&lt;sub&gt;hn&lt;/sub&gt; (r&lt;sub&gt;t&lt;/sub&gt; ⊙ %1) + b) = %2</source>
        <translation>n&lt;sub&gt;t&lt;/sub&gt; = tanh(W&lt;sub&gt;xn&lt;/sub&gt; x&lt;sub&gt;t&lt;/sub&gt; + b + W&lt;sub&gt;hn&lt;/sub&gt; (r&lt;sub&gt;t&lt;/sub&gt; ⊙ %1) + b) = %2</translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_equations.cpp" line="142"/>
        <source>&lt;b&gt;h&lt;sub&gt;t&lt;/sub&gt; = (1 &amp;minus; z&lt;sub&gt;t&lt;/sub&gt;) ⊙ %1 + z&lt;sub&gt;t&lt;/sub&gt; ⊙ n&lt;sub&gt;t&lt;/sub&gt; = %2&lt;/b&gt; &lt;small&gt;(the course notes&apos; form: z near 1 takes the new candidate)&lt;/small&gt;</source>
        <translation>&lt;b&gt;h&lt;sub&gt;t&lt;/sub&gt; = (1 &amp;minus; z&lt;sub&gt;t&lt;/sub&gt;) ⊙ %1 + z&lt;sub&gt;t&lt;/sub&gt; ⊙ n&lt;sub&gt;t&lt;/sub&gt; = %2&lt;/b&gt; &lt;small&gt;(dạng trong bài giảng: z gần 1 thì lấy ứng viên mới)&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_equations.cpp" line="168"/>
        <source>Output scores y&lt;sub&gt;t&lt;/sub&gt; so far (bold: the character to predict):</source>
        <translation>Điểm đầu ra y&lt;sub&gt;t&lt;/sub&gt; đến giờ (in đậm: ký tự cần đoán):</translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_equations.cpp" line="189"/>
        <source>Backward pass, step t = %1 (it walks from t = %2 down to 0)</source>
        <translation>Lượt ngược, bước t = %1 (đi từ t = %2 về 0)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_equations.cpp" line="191"/>
        <source>∂L/∂y&lt;sub&gt;t&lt;/sub&gt; = (p&lt;sub&gt;t&lt;/sub&gt; &amp;minus; onehot(&apos;%1&apos;)) / T = %2 &lt;small&gt;(L is the mean of the %3 losses)&lt;/small&gt;</source>
        <translation>∂L/∂y&lt;sub&gt;t&lt;/sub&gt; = (p&lt;sub&gt;t&lt;/sub&gt; &amp;minus; onehot(&apos;%1&apos;)) / T = %2 &lt;small&gt;(L là trung bình của %3 mất mát)&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_equations.cpp" line="200"/>
        <source>It sends J&lt;sub&gt;t&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt; ∂L/∂s&lt;sub&gt;t&lt;/sub&gt; back to step %1: %2, with J&lt;sub&gt;t&lt;/sub&gt; = ∂s&lt;sub&gt;t&lt;/sub&gt;/∂s&lt;sub&gt;t&amp;minus;1&lt;/sub&gt; =</source>
        <translation>Bước này gửi J&lt;sub&gt;t&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt; ∂L/∂s&lt;sub&gt;t&lt;/sub&gt; về bước %1: %2, với J&lt;sub&gt;t&lt;/sub&gt; = ∂s&lt;sub&gt;t&lt;/sub&gt;/∂s&lt;sub&gt;t&amp;minus;1&lt;/sub&gt; =</translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_equations.cpp" line="211"/>
        <source>W&lt;sub&gt;hy&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt; ∂L/∂y&lt;sub&gt;t&lt;/sub&gt;</source>
        <translation>W&lt;sub&gt;hy&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt; ∂L/∂y&lt;sub&gt;t&lt;/sub&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_equations.cpp" line="212"/>
        <source>∂L/∂x&lt;sub&gt;t&lt;/sub&gt; of layer %1</source>
        <translation>∂L/∂x&lt;sub&gt;t&lt;/sub&gt; của lớp %1</translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_equations.cpp" line="215"/>
        <source>&lt;b&gt;∂L/∂h&lt;sub&gt;t&lt;/sub&gt;&lt;/b&gt; = %1 = &lt;b&gt;%2&lt;/b&gt; &lt;small&gt;(the last step: nothing comes back from later steps inside the window)&lt;/small&gt;</source>
        <translation>&lt;b&gt;∂L/∂h&lt;sub&gt;t&lt;/sub&gt;&lt;/b&gt; = %1 = &lt;b&gt;%2&lt;/b&gt; &lt;small&gt;(bước cuối: trong cửa sổ không có bước nào sau gửi về)&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_equations.cpp" line="219"/>
        <source>&lt;b&gt;∂L/∂h&lt;sub&gt;t&lt;/sub&gt;&lt;/b&gt; = %1 + J&lt;sub&gt;t+1&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt; ∂L/∂s&lt;sub&gt;t+1&lt;/sub&gt; = %2 + %3 = &lt;b&gt;%4&lt;/b&gt;</source>
        <translation>&lt;b&gt;∂L/∂h&lt;sub&gt;t&lt;/sub&gt;&lt;/b&gt; = %1 + J&lt;sub&gt;t+1&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt; ∂L/∂s&lt;sub&gt;t+1&lt;/sub&gt; = %2 + %3 = &lt;b&gt;%4&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_equations.cpp" line="222"/>
        <source>&lt;b&gt;∂L/∂c&lt;sub&gt;t&lt;/sub&gt;&lt;/b&gt; = ∂L/∂h&lt;sub&gt;t&lt;/sub&gt; ⊙ o&lt;sub&gt;t&lt;/sub&gt; ⊙ (1 &amp;minus; tanh&lt;sup&gt;2&lt;/sup&gt; c&lt;sub&gt;t&lt;/sub&gt;) + f&lt;sub&gt;t+1&lt;/sub&gt; ⊙ ∂L/∂c&lt;sub&gt;t+1&lt;/sub&gt; = %1 + %2 = &lt;b&gt;%3&lt;/b&gt; &lt;small&gt;(the second term crosses a step multiplied only by f: no W&lt;sub&gt;hh&lt;/sub&gt;, no squashing)&lt;/small&gt;</source>
        <translation>&lt;b&gt;∂L/∂c&lt;sub&gt;t&lt;/sub&gt;&lt;/b&gt; = ∂L/∂h&lt;sub&gt;t&lt;/sub&gt; ⊙ o&lt;sub&gt;t&lt;/sub&gt; ⊙ (1 &amp;minus; tanh&lt;sup&gt;2&lt;/sup&gt; c&lt;sub&gt;t&lt;/sub&gt;) + f&lt;sub&gt;t+1&lt;/sub&gt; ⊙ ∂L/∂c&lt;sub&gt;t+1&lt;/sub&gt; = %1 + %2 = &lt;b&gt;%3&lt;/b&gt; &lt;small&gt;(số hạng thứ hai qua một bước chỉ nhân với f: không có W&lt;sub&gt;hh&lt;/sub&gt;, không bị nén)&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_equations.cpp" line="233"/>
        <source>∂L/∂a&lt;sub&gt;t&lt;/sub&gt; = ∂L/∂h&lt;sub&gt;t&lt;/sub&gt; ⊙ (1 &amp;minus; h&lt;sub&gt;t&lt;/sub&gt;&lt;sup&gt;2&lt;/sup&gt;) = %1</source>
        <translation>∂L/∂a&lt;sub&gt;t&lt;/sub&gt; = ∂L/∂h&lt;sub&gt;t&lt;/sub&gt; ⊙ (1 &amp;minus; h&lt;sub&gt;t&lt;/sub&gt;&lt;sup&gt;2&lt;/sup&gt;) = %1</translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_equations.cpp" line="234"/>
        <source>∂L/∂a&lt;sub&gt;t&lt;/sub&gt; = ∂L/∂h&lt;sub&gt;t&lt;/sub&gt; ⊙ [a&lt;sub&gt;t&lt;/sub&gt; &amp;gt; 0] = %1</source>
        <translation>∂L/∂a&lt;sub&gt;t&lt;/sub&gt; = ∂L/∂h&lt;sub&gt;t&lt;/sub&gt; ⊙ [a&lt;sub&gt;t&lt;/sub&gt; &amp;gt; 0] = %1</translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_equations.cpp" line="235"/>
        <source>∂L/∂a&lt;sub&gt;t&lt;/sub&gt; of the gates (each gate&apos;s share of ∂L/∂h&lt;sub&gt;t&lt;/sub&gt;%1, times the slope of its activation) = %2</source>
        <translation>∂L/∂a&lt;sub&gt;t&lt;/sub&gt; của các cổng (phần của mỗi cổng trong ∂L/∂h&lt;sub&gt;t&lt;/sub&gt;%1, nhân với độ dốc của hàm kích hoạt) = %2</translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_equations.cpp" line="237"/>
        <source> and ∂L/∂c&lt;sub&gt;t&lt;/sub&gt;</source>
        <translation> và ∂L/∂c&lt;sub&gt;t&lt;/sub&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_equations.cpp" line="243"/>
        <source>&lt;b&gt;∂L/∂W&lt;sub&gt;hh&lt;/sub&gt; += ∂L/∂a&lt;sub&gt;t&lt;/sub&gt; %1&lt;sup&gt;T&lt;/sup&gt;&lt;/b&gt;: this step adds ‖term‖ = %2; the sum over steps %3..%4 has ‖&amp;middot;‖ = %5</source>
        <translation>&lt;b&gt;∂L/∂W&lt;sub&gt;hh&lt;/sub&gt; += ∂L/∂a&lt;sub&gt;t&lt;/sub&gt; %1&lt;sup&gt;T&lt;/sup&gt;&lt;/b&gt;: bước này cộng thêm ‖số hạng‖ = %2; tổng qua các bước %3..%4 có ‖&amp;middot;‖ = %5</translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_equations.cpp" line="251"/>
        <source>this term:</source>
        <translation>số hạng này:</translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_equations.cpp" line="251"/>
        <source>sum so far:</source>
        <translation>tổng đến giờ:</translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_equations.cpp" line="254"/>
        <source>∂L/∂W&lt;sub&gt;xh&lt;/sub&gt; += ∂L/∂a&lt;sub&gt;t&lt;/sub&gt; x&lt;sub&gt;t&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt; (one-hot: only the column of &apos;%1&apos; changes): ‖term‖ = %2, sum so far ‖&amp;middot;‖ = %3</source>
        <translation>∂L/∂W&lt;sub&gt;xh&lt;/sub&gt; += ∂L/∂a&lt;sub&gt;t&lt;/sub&gt; x&lt;sub&gt;t&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt; (one-hot: chỉ cột của &apos;%1&apos; thay đổi): ‖số hạng‖ = %2, tổng đến giờ ‖&amp;middot;‖ = %3</translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_equations.cpp" line="257"/>
        <source>∂L/∂W&lt;sub&gt;xh&lt;/sub&gt; += ∂L/∂a&lt;sub&gt;t&lt;/sub&gt; x&lt;sub&gt;t&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt;: ‖term‖ = %1, sum so far ‖&amp;middot;‖ = %2</source>
        <translation>∂L/∂W&lt;sub&gt;xh&lt;/sub&gt; += ∂L/∂a&lt;sub&gt;t&lt;/sub&gt; x&lt;sub&gt;t&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt;: ‖số hạng‖ = %1, tổng đến giờ ‖&amp;middot;‖ = %2</translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_equations.cpp" line="261"/>
        <source>∂L/∂W&lt;sub&gt;hy&lt;/sub&gt; += ∂L/∂y&lt;sub&gt;t&lt;/sub&gt; h&lt;sub&gt;t&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt;: ‖term‖ = %1, sum so far ‖&amp;middot;‖ = %2</source>
        <translation>∂L/∂W&lt;sub&gt;hy&lt;/sub&gt; += ∂L/∂y&lt;sub&gt;t&lt;/sub&gt; h&lt;sub&gt;t&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt;: ‖số hạng‖ = %1, tổng đến giờ ‖&amp;middot;‖ = %2</translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_equations.cpp" line="270"/>
        <source>The cut at the window&apos;s start</source>
        <translation>Chỗ cắt ở đầu cửa sổ</translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_equations.cpp" line="271"/>
        <source>Step 0 sends J&lt;sub&gt;0&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt; ∂L/∂s&lt;sub&gt;0&lt;/sub&gt; toward h&lt;sub&gt;&amp;minus;1&lt;/sub&gt;, the state carried over from the previous window: ∂L/∂h&lt;sub&gt;&amp;minus;1&lt;/sub&gt; = %1 (‖&amp;middot;‖ = %2).</source>
        <translation>Bước 0 gửi J&lt;sub&gt;0&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt; ∂L/∂s&lt;sub&gt;0&lt;/sub&gt; về phía h&lt;sub&gt;&amp;minus;1&lt;/sub&gt;, trạng thái mang sang từ cửa sổ trước: ∂L/∂h&lt;sub&gt;&amp;minus;1&lt;/sub&gt; = %1 (‖&amp;middot;‖ = %2).</translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_equations.cpp" line="275"/>
        <source>and ∂L/∂c&lt;sub&gt;&amp;minus;1&lt;/sub&gt; = f&lt;sub&gt;0&lt;/sub&gt; ⊙ ∂L/∂c&lt;sub&gt;0&lt;/sub&gt; = %1 (‖&amp;middot;‖ = %2).</source>
        <translation>và ∂L/∂c&lt;sub&gt;&amp;minus;1&lt;/sub&gt; = f&lt;sub&gt;0&lt;/sub&gt; ⊙ ∂L/∂c&lt;sub&gt;0&lt;/sub&gt; = %1 (‖&amp;middot;‖ = %2).</translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_equations.cpp" line="277"/>
        <source>&lt;b&gt;Truncated BPTT drops this gradient.&lt;/b&gt; The previous window&apos;s graph is gone, so h&lt;sub&gt;&amp;minus;1&lt;/sub&gt; is treated as a constant: its &lt;i&gt;value&lt;/i&gt; was carried across (forward), its gradient is not (backward).</source>
        <translation>&lt;b&gt;BPTT cắt cụt bỏ gradient này.&lt;/b&gt; Đồ thị của cửa sổ trước không còn, nên h&lt;sub&gt;&amp;minus;1&lt;/sub&gt; được coi là hằng số: &lt;i&gt;giá trị&lt;/i&gt; của nó được mang sang (lượt xuôi), gradient của nó thì không (lượt ngược).</translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_equations.cpp" line="279"/>
        <source>The pass is complete: ∂L/∂W&lt;sub&gt;hh&lt;/sub&gt; = &amp;Sigma;&lt;sub&gt;t&lt;/sub&gt; ∂L/∂a&lt;sub&gt;t&lt;/sub&gt; h&lt;sub&gt;t&amp;minus;1&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt; over the %1 steps, ‖&amp;middot;‖ = %2, the same gradient the model&apos;s own backward pass computes for this window.</source>
        <translation>Lượt đã xong: ∂L/∂W&lt;sub&gt;hh&lt;/sub&gt; = &amp;Sigma;&lt;sub&gt;t&lt;/sub&gt; ∂L/∂a&lt;sub&gt;t&lt;/sub&gt; h&lt;sub&gt;t&amp;minus;1&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt; qua %1 bước, ‖&amp;middot;‖ = %2, đúng gradient mà lượt ngược của chính mô hình tính cho cửa sổ này.</translation>
    </message>
</context>
<context>
    <name>CellsPanel</name>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="54"/>
        <source>inside a quotation</source>
        <translation>trong dấu ngoặc kép</translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="55"/>
        <source>position in the line</source>
        <translation>vị trí trong dòng</translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="56"/>
        <source>length of the line so far</source>
        <translation>độ dài dòng cho đến đây</translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="57"/>
        <source>indentation level</source>
        <translation>mức thụt lề</translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="58"/>
        <source>inside a comment (code)</source>
        <translation>trong chú thích (mã)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="59"/>
        <source>bracket depth (code)</source>
        <translation>độ sâu ngoặc (mã)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="60"/>
        <source>inside a string literal (code)</source>
        <translation>trong chuỗi ký tự (mã)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="61"/>
        <source>inside an if (…) condition (code)</source>
        <translation>trong điều kiện if (…) (mã)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="63"/>
        <source>matches /%1/</source>
        <translation>khớp /%1/</translation>
    </message>
</context>
<context>
    <name>Lesson</name>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="13"/>
        <source>Cells that count indentation in code</source>
        <translation>Các ô đếm mức thụt lề trong mã</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="14"/>
        <source>An LSTM learns to write indented C-like code. To predict how many spaces start the next line, the network has to remember how deep inside braces it is, so some cells end up tracking the indentation depth.</source>
        <translation>Một LSTM học cách viết mã kiểu C có thụt lề. Để đoán dòng tiếp theo bắt đầu bằng bao nhiêu dấu cách, mạng phải nhớ mình đang nằm sâu bao nhiêu mức bên trong các cặp ngoặc nhọn, nên một số ô dần dần theo dõi độ sâu thụt lề.</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="39"/>
        <source>In the Gradient flow view, choose the layer with the Layer box (1 is the bottom, 3 the top) and watch the right-hand chart. At step 50, and still at step 200, 20 steps back the top layer keeps less than 1e-8 of the last position&apos;s loss gradient, while the bottom layer keeps more than 1e-5: over ten thousand times the top layer&apos;s share. The left-hand chart, the whole window&apos;s loss, shows that the bottom layer is not starved either: by step 200 its gradient, averaged over the window, is larger than the top layer&apos;s. The 200 steps take less than a minute.</source>
        <translation>Trong khung Dòng gradient, chọn lớp bằng ô Lớp (1 là lớp dưới cùng, 3 là lớp trên cùng) và theo dõi biểu đồ bên phải. Ở bước 50, và vẫn vậy ở bước 200, lùi 20 bước thì lớp trên cùng giữ lại chưa tới 1e-8 gradient của hàm mất mát ở vị trí cuối, trong khi lớp dưới cùng giữ lại hơn 1e-5: gấp hơn mười nghìn lần phần của lớp trên cùng. Biểu đồ bên trái, hàm mất mát của cả cửa sổ, cho thấy lớp dưới cùng cũng không bị thiếu gradient: tới bước 200, gradient của nó, lấy trung bình trên cửa sổ, lớn hơn của lớp trên cùng. 200 bước mất chưa tới một phút.</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="80"/>
        <source>A vanilla tanh RNN whose recurrent matrix W_hh starts orthogonal and scaled so that every singular value is 0.9: its spectral radius ρ and its largest singular value σ_max are both 0.9. It trains with Adam and no gradient clipping. Each step back in time multiplies the gradient by the Jacobian diag(1 − h²) W_hh, whose norm is at most γλ = 1 × σ_max (γ = 1 is the largest slope of tanh), so at the start the gradient keeps at most 0.9^d of its size over d steps; tanh units near ±1 take away far more.</source>
        <translation>Một RNN tanh thuần có ma trận hồi quy W_hh bắt đầu trực giao và được co giãn sao cho mọi giá trị kỳ dị đều bằng 0.9: bán kính phổ ρ và giá trị kỳ dị lớn nhất σ_max của nó đều bằng 0.9. Mạng được huấn luyện bằng Adam và không cắt gradient. Mỗi bước lùi về quá khứ nhân gradient với ma trận Jacobi diag(1 − h²) W_hh, có chuẩn không quá γλ = 1 × σ_max (γ = 1 là độ dốc lớn nhất của tanh), nên lúc đầu gradient giữ lại được nhiều nhất 0.9^d độ lớn của nó qua d bước; các đơn vị tanh gần ±1 còn làm mất đi nhiều hơn thế rất nhiều.</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="24"/>
        <source>Watch an LSTM learn to write dialogue</source>
        <translation>Xem một LSTM học viết hội thoại</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="8"/>
        <source>One-to-many: captioning pictures of shapes</source>
        <translation>Một-nhiều (one-to-many): sinh chú thích cho ảnh các hình khối</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="9"/>
        <source>Pictures of 16×16 pixels with one to three coloured shapes, and their captions (&quot;a red circle left of a blue square&quot;). A small image encoder (one layer, f = tanh(W x + b)) turns the 768 pixel values into the decoder&apos;s first state; the decoder, an LSTM, writes the caption word by word from &lt;s&gt;, each word fed back as its next input while training, until &lt;/s&gt;.</source>
        <translation>Các ảnh 16×16 điểm ảnh chứa từ một đến ba hình khối có màu, cùng chú thích của chúng (&quot;a red circle left of a blue square&quot;: một hình tròn đỏ bên trái một hình vuông xanh dương). Một encoder ảnh nhỏ (bộ mã hoá, một lớp, f = tanh(W x + b)) biến 768 giá trị điểm ảnh thành trạng thái đầu tiên của decoder; decoder (bộ giải mã) là một LSTM, viết chú thích từng từ một, bắt đầu từ &lt;s&gt;, khi huấn luyện mỗi từ được đưa ngược lại làm đầu vào kế tiếp của nó, cho tới &lt;/s&gt;.</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="10"/>
        <source>The predictions view shows held-out pictures with the caption the decoder writes greedily, next to the true one; a caption counts as right only when every word is. By step 2000 (under a minute) at least 90% of held-out captions are exactly right.</source>
        <translation>Khung Dự đoán hiển thị các ảnh kiểm định (giữ lại, không dùng để huấn luyện) cùng chú thích mà decoder viết theo cách tham lam (greedy), bên cạnh chú thích đúng; một chú thích chỉ được tính là đúng khi mọi từ của nó đều đúng. Tới bước 2000 (chưa tới một phút), ít nhất 90% chú thích kiểm định đúng hoàn toàn.</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="11"/>
        <source>The gradient flow view follows the caption&apos;s loss back through the decoder&apos;s steps to its first state, the picture&apos;s features: what the image encoder learns from.</source>
        <translation>Khung Luồng gradient lần theo mất mát của chú thích ngược qua các bước của decoder về tới trạng thái đầu tiên của nó, tức là các đặc trưng của ảnh: encoder ảnh học từ chính gradient đến được đây.</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="15"/>
        <source>After about 1500 steps (about a minute), look at the Cells tab with the concept &apos;indentation level&apos;: the best-ranked cell rises and falls with the depth of indentation, with |r| above 0.7 on code the model never trained on.</source>
        <translation>Sau khoảng 1500 bước (khoảng một phút), hãy mở thẻ Ô nhớ với khái niệm &apos;mức thụt lề&apos;: ô được xếp hạng cao nhất tăng giảm theo độ sâu thụt lề, với |r| lớn hơn 0.7 trên phần mã mà mô hình chưa từng được huấn luyện.</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="16"/>
        <source>Try the concepts &apos;bracket depth&apos; and &apos;inside a comment&apos; too, and compare the samples: braces open and close in pairs.</source>
        <translation>Thử thêm các khái niệm &apos;độ sâu ngoặc&apos; và &apos;bên trong chú thích&apos;, rồi so sánh các mẫu sinh: ngoặc nhọn mở và đóng thành từng cặp.</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="18"/>
        <source>Connectivity: how far back one prediction looks</source>
        <translation>Độ kết nối: một dự đoán nhìn lại bao xa</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="19"/>
        <source>The default lesson&apos;s LSTM (128 cells, the dialogue text, the same seed) after 1000 steps, and a vanilla RNN trained the same way for comparison. Connectivity, after Distill&apos;s &quot;Memorization in RNNs&quot;, asks of one prediction how much it depends on each character before it: the size of the gradient of that position&apos;s loss with respect to each earlier input vector, ‖∂L_t/∂x_k‖.</source>
        <translation>LSTM của bài học mặc định (128 ô, văn bản hội thoại, cùng hạt giống) sau 1000 bước, và một RNN thuần được huấn luyện theo cùng cách để so sánh. Độ kết nối, theo bài &quot;Memorization in RNNs&quot; của Distill, hỏi một dự đoán phụ thuộc bao nhiêu vào từng ký tự đứng trước nó: độ lớn gradient của mất mát tại vị trí đó theo từng vectơ đầu vào trước đó, ‖∂L_t/∂x_k‖.</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="20"/>
        <source>In the Cells view, tick Connectivity on hover and move the pointer over the text: the characters before the one under the pointer darken by how much the prediction made after it depends on them.</source>
        <translation>Trong khung Ô nhớ, đánh dấu Độ kết nối khi di chuột rồi di chuột trên văn bản: các ký tự đứng trước ký tự dưới con trỏ sẫm màu lại theo mức dự đoán đưa ra sau nó phụ thuộc vào chúng.</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="21"/>
        <source>Measured over the probe text (the median over positions), the LSTM&apos;s prediction depends on the character 10 back between 1/100 and 1/10 as much as on the character just read, on the one 20 back less than 1/100 as much, and on the one 40 back less than 1/10000.</source>
        <translation>Đo trên văn bản thăm dò (trung vị theo các vị trí), dự đoán của LSTM phụ thuộc vào ký tự lùi 10 bước từ 1/100 đến 1/10 so với ký tự vừa đọc, vào ký tự lùi 20 bước chưa tới 1/100, và vào ký tự lùi 40 bước chưa tới 1/10000.</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="22"/>
        <source>Now choose Cell: RNN and press Apply: trained the same 1000 steps, the vanilla RNN does not look less far back; 20 characters back it keeps more than the LSTM does. The best-ranked LSTM cell still follows the quotation marks with |r| above 0.7, so what a network remembers is more than how far one prediction&apos;s gradient reaches.</source>
        <translation>Giờ chọn loại ô RNN và nhấn Áp dụng: huấn luyện cùng 1000 bước, RNN thuần không nhìn lại gần hơn; lùi 20 ký tự nó giữ lại nhiều hơn LSTM. Ô được xếp hạng cao nhất của LSTM vẫn bám theo dấu ngoặc kép với |r| lớn hơn 0.7, nên những gì một mạng nhớ được còn nhiều hơn tầm với của gradient của một dự đoán.</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="25"/>
        <source>A one-layer LSTM with 128 cells reads a made-up story full of dialogue, one character at a time, and learns to guess the next character. The narrator writes English and the characters speak Vietnamese, so to guess the next letter the network has to remember whether a quotation is open. Press Play and watch it go from random letters to words, names and quotation marks.</source>
        <translation>Một LSTM một lớp với 128 ô đọc một câu chuyện hư cấu đầy lời thoại, từng ký tự một, và học đoán ký tự tiếp theo. Người kể chuyện viết bằng tiếng Anh còn các nhân vật nói tiếng Việt, nên muốn đoán chữ cái tiếp theo thì mạng phải nhớ xem mình có đang ở trong một lời thoại hay không. Nhấn Chạy và xem nó đi từ những chữ cái ngẫu nhiên đến các từ, tên riêng và dấu ngoặc kép.</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="26"/>
        <source>The loss curve falls from ln 102 ≈ 4.6 nats per character (pure guessing among the 102 characters of the text) to below 1 within 1000 steps (about 20 seconds).</source>
        <translation>Đường cong mất mát giảm từ ln 102 ≈ 4.6 nat mỗi ký tự (đoán mò hoàn toàn giữa 102 ký tự của văn bản) xuống dưới 1 trong vòng 1000 bước (khoảng 20 giây).</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="27"/>
        <source>Every few seconds the sample on the right gets more readable.</source>
        <translation>Cứ vài giây, mẫu sinh bên phải lại dễ đọc hơn.</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="28"/>
        <source>By step 1000, open the Cells tab with the concept &apos;inside a quotation&apos;: the best-ranked cell follows the quotation marks with |r| above 0.7 on text the model never trained on, high inside and low outside or the other way round.</source>
        <translation>Đến bước 1000, hãy mở thẻ Ô nhớ với khái niệm &apos;bên trong ngoặc kép&apos;: ô được xếp hạng cao nhất bám theo dấu ngoặc kép với |r| lớn hơn 0.7 trên văn bản mà mô hình chưa từng được huấn luyện, mang giá trị cao bên trong và thấp bên ngoài, hoặc ngược lại.</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="30"/>
        <source>Truncated BPTT and the length of a dependency</source>
        <translation>BPTT cắt ngắn và độ dài của một phụ thuộc</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="31"/>
        <source>A generated text of records like &quot;c0381…=c&quot;: a key letter (one of a–h), 22 random digits, an equals sign, and the same key again, so each answer after &apos;=&apos; depends on the character 24 steps earlier. Nothing else in the text tells the answer: a network that does not remember the key can only guess, at ln 8 ≈ 2.08 nats. An LSTM trains on it with truncated BPTT and a window of T = 16 characters: the state is carried from one window to the next, but the gradient is not, so the loss of an answer never sends a gradient back to its key, 24 steps and at least one cut away. The Loss view draws the answers&apos; own validation loss (green) beside the overall one.</source>
        <translation>Một văn bản sinh tự động gồm các bản ghi như &quot;c0381…=c&quot;: một chữ khóa (một trong a–h), 22 chữ số ngẫu nhiên, một dấu bằng, rồi lại đúng chữ khóa đó, nên mỗi đáp án sau &apos;=&apos; phụ thuộc vào ký tự đứng trước nó 24 bước. Không gì khác trong văn bản cho biết đáp án: một mạng không nhớ chữ khóa chỉ có thể đoán, với mất mát ln 8 ≈ 2.08 nat. Một LSTM được huấn luyện trên đó bằng BPTT cắt ngắn với cửa sổ T = 16 ký tự: trạng thái được mang từ cửa sổ này sang cửa sổ sau, nhưng gradient thì không, nên mất mát của một đáp án không bao giờ gửi gradient về chữ khóa của nó, cách 24 bước và ít nhất một vết cắt. Khung Hàm mất mát vẽ riêng mất mát kiểm định của các đáp án (màu xanh lá) bên cạnh mất mát chung.</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="32"/>
        <source>The green curve tells the story (the lesson opens at step 3000, trained ahead of time; From scratch in the lesson bar trains it again): after 1500 steps the answers&apos; loss is still above 1.9 nats, near guessing.</source>
        <translation>Đường cong xanh lá kể lại câu chuyện (bài học mở ở bước 3000, đã được huấn luyện trước; nút Từ đầu trên thanh bài học huấn luyện lại từ đầu): sau 1500 bước, mất mát của các đáp án vẫn trên 1.9 nat, gần như đoán mò.</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="33"/>
        <source>Now set the window T to 64 in the model settings and press Apply: from the same start, by step 1500 the answers&apos; loss is below 0.2, the keys are remembered.</source>
        <translation>Giờ đặt cửa sổ T = 64 trong phần cài đặt mô hình và nhấn Áp dụng: từ cùng điểm xuất phát, tới bước 1500 mất mát của các đáp án dưới 0.2, các chữ khóa đã được nhớ.</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="34"/>
        <source>Truncation delays rather than forbids: with T = 16, by step 3000 the answers&apos; loss has fallen below 1.75, because the carried state can hold a key that no gradient taught it to store (the key lies in an earlier window), and inside the later window the network learns to keep it and read it.</source>
        <translation>Việc cắt ngắn chỉ làm chậm chứ không ngăn cấm: với T = 16, tới bước 3000 mất mát của các đáp án đã xuống dưới 1.75, vì trạng thái mang sang có thể giữ một chữ khóa mà không gradient nào dạy nó lưu (chữ khóa nằm ở một cửa sổ trước), và bên trong cửa sổ sau mạng học cách giữ và đọc nó.</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="35"/>
        <source>Under BPTT, the Model view shows what the caches of one window cost beside what full BPTT over the whole text would keep. Trained from scratch, the 3000 steps take less than a minute.</source>
        <translation>Dưới mục BPTT, khung Mô hình cho thấy bộ nhớ đệm của một cửa sổ tốn bao nhiêu, bên cạnh lượng mà BPTT đầy đủ trên cả văn bản sẽ phải giữ. Huấn luyện từ đầu, 3000 bước mất chưa tới một phút.</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="37"/>
        <source>Depth: three stacked layers, and the gradient of each</source>
        <translation>Độ sâu: ba lớp xếp chồng, và gradient của từng lớp</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="38"/>
        <source>A vanilla tanh RNN of three stacked layers, 64 units each, with PyTorch&apos;s default initialisation. Layer 1 reads the embedded characters, layer 2 reads layer 1&apos;s states, layer 3 reads layer 2&apos;s, and only layer 3 feeds the output; each layer has its own W_hh, shared over time. The gradient reaches a layer&apos;s state from two directions: from its own next step (through its W_hh) and from the layer above at the same step (through that layer&apos;s W_ih). So the top layer&apos;s state reaches the last position&apos;s loss along one route, back through its own recurrence, while the bottom layer&apos;s reaches it along many: up into the layers above at any step.</source>
        <translation>Một RNN tanh thuần gồm ba lớp xếp chồng, mỗi lớp 64 đơn vị, khởi tạo mặc định của PyTorch. Lớp 1 đọc các ký tự đã nhúng, lớp 2 đọc các trạng thái của lớp 1, lớp 3 đọc của lớp 2, và chỉ lớp 3 nối tới đầu ra; mỗi lớp có W_hh riêng, dùng chung qua thời gian. Gradient tới trạng thái của một lớp theo hai hướng: từ bước kế tiếp của chính lớp đó (qua W_hh của nó) và từ lớp trên ở cùng bước (qua W_ih của lớp trên). Vì vậy trạng thái của lớp trên cùng tới được hàm mất mát ở vị trí cuối chỉ theo một đường, ngược lại qua phép hồi quy của chính nó, còn trạng thái của lớp dưới cùng tới được theo nhiều đường: đi lên các lớp trên ở bất kỳ bước nào.</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="41"/>
        <source>Exploding gradients, then clipping</source>
        <translation>Bùng nổ gradient, rồi cắt gradient</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="42"/>
        <source>A vanilla tanh RNN whose W_hh starts with spectral radius ρ = 2 (PyTorch&apos;s initialisation rescaled; its largest singular value σ_max is about 3.7), trained with plain SGD at learning rate 1 and no gradient clipping. The first gradient is huge, with a norm near 1800: one update of that size throws the weights far away, and from then on the loss surface has steep cliffs that send the gradient up again now and then. The lesson opens comparing: run A is that network, run B the same network from the same first weights on the same data, with the gradient clipped by norm at 1.</source>
        <translation>Một RNN tanh thuần có W_hh bắt đầu với bán kính phổ ρ = 2 (khởi tạo của PyTorch được co giãn lại; giá trị kỳ dị lớn nhất σ_max của nó vào khoảng 3.7), được huấn luyện bằng SGD thường với tốc độ học 1 và không cắt gradient. Gradient đầu tiên rất lớn, với chuẩn gần 1800: một lần cập nhật cỡ đó đẩy trọng số văng ra rất xa, và từ đó trở đi bề mặt mất mát có những vách dốc đứng thỉnh thoảng lại đẩy gradient vọt lên. Bài học mở ở chế độ so sánh: lượt A là mạng đó, lượt B là cùng mạng từ cùng trọng số ban đầu trên cùng dữ liệu, với gradient được cắt theo chuẩn ở 1.</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="43"/>
        <source>Press Play and watch the gradient norm in the loss view: run A&apos;s (solid), without clipping, jumps to more than 10 times its running median (to thousands of times it, at its worst), and A&apos;s loss stays above 2 nats per character for 300 steps.</source>
        <translation>Nhấn Chạy và theo dõi chuẩn gradient trong khung mất mát: của lượt A (nét liền), không cắt, vọt lên hơn 10 lần trung vị trượt của nó (tệ nhất là hàng nghìn lần), và mất mát của A ở trên 2 nat mỗi ký tự suốt 300 bước.</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="44"/>
        <source>Run B (dashed) scales every update back to norm 1: its loss falls below 1.2 nats per character within 300 steps (a few seconds). The settings on the left are B&apos;s: try another threshold, press Apply or Reset (R), and Play.</source>
        <translation>Lượt B (nét đứt) co mọi cập nhật về chuẩn 1: mất mát của nó xuống dưới 1,2 nat mỗi ký tự trong vòng 300 bước (vài giây). Các thiết lập bên trái là của B: hãy thử ngưỡng khác, nhấn Áp dụng hoặc Đặt lại (R), rồi Chạy.</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="60"/>
        <source>A vanilla tanh RNN whose recurrent matrix W_hh starts orthogonal and scaled so that every singular value is 3: each step multiplies the state by 3 before tanh squashes it, so many units sit near ±1, where the slope of tanh is almost 0 and little gradient gets through. Careful initialisation is one remedy (the vanishing lesson starts at 0.9). Layer normalisation (Ba et al. 2016) is another: before they are added, W_hh h and W_xh x are each rescaled to mean 0 and variance 1 over the units (then a learned gain and bias), so the pre-activations stay where tanh has a slope, however large W_hh is. The lesson opens comparing: run A without layer normalisation, run B with it, from the same bad start on the same data.</source>
        <translation>Một RNN tanh thuần có ma trận hồi quy W_hh khởi đầu trực giao và được co giãn để mọi giá trị kỳ dị bằng 3: mỗi bước nhân trạng thái lên 3 lần trước khi tanh nén lại, nên nhiều đơn vị nằm gần ±1, nơi độ dốc của tanh gần bằng 0 và gradient đi qua rất ít. Khởi tạo cẩn thận là một cách chữa (bài học triệt tiêu gradient bắt đầu ở 0,9). Chuẩn hoá theo lớp (Ba và cộng sự, 2016) là một cách khác: trước khi cộng lại, W_hh h và W_xh x đều được đưa về trung bình 0 và phương sai 1 trên các đơn vị (rồi nhân hệ số và cộng độ lệch học được), nên tiền kích hoạt nằm ở nơi tanh còn độ dốc, dù W_hh lớn đến đâu. Bài học mở ở chế độ so sánh: lượt A không có chuẩn hoá lớp, lượt B có, từ cùng điểm khởi đầu tồi trên cùng dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="61"/>
        <source>Press Play and watch the loss: run A&apos;s (solid), without layer norm, is still above 2.8 nats per character after 400 steps (a few seconds).</source>
        <translation>Nhấn Chạy và theo dõi mất mát: của lượt A (nét liền), không có chuẩn hoá lớp, vẫn trên 2,8 nat mỗi ký tự sau 400 bước (vài giây).</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="62"/>
        <source>Run B (dashed) is the same model with Layer norm ticked (the settings on the left are B&apos;s), from the same bad start: it trains to below 2.0 within 400 steps, less than 70% of A&apos;s loss.</source>
        <translation>Lượt B (nét đứt) là cùng mô hình nhưng bật Chuẩn hoá lớp (các thiết lập bên trái là của B), từ cùng điểm khởi đầu tồi: nó học xuống dưới 2,0 trong vòng 400 bước, ít hơn 70% mất mát của A.</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="65"/>
        <source>An LSTM with each gate block of W_hh scaled to spectral radius 0.9, no clipping and windows of 100 characters, on the same text as the vanishing-gradient lesson. Its forget-gate bias starts at 3, so every forget gate starts near σ(3) ≈ 0.95. The cell state is updated by c&apos; = f*c + i*g: along c, going back one step multiplies the gradient by the forget gate f alone, so where f stays near 1 the gradient flows back with little loss. The lesson opens comparing: run A is the LSTM, run B a vanilla tanh RNN of the same size (W_hh orthogonal, scaled to 0.9) on the same text and data.</source>
        <translation>Một LSTM có mỗi khối cổng của W_hh được co giãn về bán kính phổ 0.9, không cắt gradient và cửa sổ 100 ký tự, trên cùng văn bản với bài tiêu biến gradient. Độ lệch cổng quên của nó bắt đầu ở 3, nên mọi cổng quên bắt đầu gần σ(3) ≈ 0.95. Trạng thái tế bào (cell state) được cập nhật theo c&apos; = f*c + i*g: dọc theo c, lùi lại một bước chỉ nhân gradient với riêng cổng quên f, nên ở những chỗ f luôn gần 1, gradient chảy ngược mà hao hụt rất ít. Bài học mở ở chế độ so sánh: lượt A là LSTM, lượt B là một RNN tanh thường cùng kích thước (W_hh trực giao, co về 0,9) trên cùng văn bản và dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="66"/>
        <source>In the gradient flow view, the right-hand chart shows ‖∂L_T/∂c_k‖, the last loss&apos;s gradient through the cell state, beside ‖∂L_T/∂h_k‖, and the highway&apos;s own figure ‖∏ f_t‖, the largest product of forget gates over d steps (dashed: the median cell). In the first 50 steps: over 50 steps back ‖∏ f_t‖ stays above 0.1; measured against its value at the last position, the gradient through c keeps at least 10 times more than the gradient through h, and at least 10^6 times more than run B&apos;s gradient through h (dashed), the vanilla RNN&apos;s, at the same step.</source>
        <translation>Trong khung Luồng gradient, biểu đồ bên phải cho thấy ‖∂L_T/∂c_k‖, gradient của mất mát cuối qua trạng thái ô, bên cạnh ‖∂L_T/∂h_k‖, và con số riêng của đường cao tốc ‖∏ f_t‖, tích lớn nhất của các cổng quên qua d bước (nét đứt: ô trung vị). Trong 50 bước đầu: qua 50 bước lùi ‖∏ f_t‖ vẫn trên 0,1; so với giá trị của nó tại vị trí cuối, gradient qua c giữ được nhiều hơn ít nhất 10 lần so với gradient qua h, và nhiều hơn ít nhất 10^6 lần so với gradient qua h của lượt B (nét đứt), của RNN thường, tại cùng bước.</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="46"/>
        <source>The gradient-flow toy: 0.9, 1.0 and 1.1 over 50 steps</source>
        <translation>Mô hình đồ chơi về dòng gradient: 0.9, 1.0 và 1.1 qua 50 bước</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="47"/>
        <source>The course&apos;s simulate_gradient_flow toy. Backpropagation through time multiplies the gradient by one Jacobian per step back. Replace that Jacobian by a number f and after 50 steps the gradient is f^50 of its size: 0.9^50 ≈ 0.005, 1.0^50 = 1, 1.1^50 ≈ 117, a straight line on a log axis. Replace it by a matrix f Q, with Q orthogonal, whose eigenvalues all have modulus f (inside, on or outside the unit circle): the same line exactly, because Q turns a vector without changing its length. A vanilla tanh RNN whose W_hh starts as f Q differs from that matrix only by the tanh slopes, diag(1 − h²), which are at most 1 and can only take away.</source>
        <translation>Mô hình đồ chơi simulate_gradient_flow của khóa học. Lan truyền ngược theo thời gian nhân gradient với một ma trận Jacobian ở mỗi bước lùi. Thay Jacobian đó bằng một số f thì sau 50 bước gradient còn f^50 độ lớn ban đầu: 0.9^50 ≈ 0.005, 1.0^50 = 1, 1.1^50 ≈ 117, một đường thẳng trên trục log. Thay nó bằng ma trận f Q, với Q trực giao, mọi trị riêng đều có mô-đun f (bên trong, trên hoặc bên ngoài đường tròn đơn vị): vẫn đúng đường thẳng đó, vì Q chỉ xoay vectơ mà không đổi độ dài. Một RNN tanh thuần có W_hh bắt đầu bằng f Q chỉ khác ma trận đó ở các độ dốc của tanh, diag(1 − h²), không lớn hơn 1 nên chỉ có thể làm gradient nhỏ đi.</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="48"/>
        <source>In the Gradient flow toy view, move the slider between 0.9, 1.0 and 1.1: the number&apos;s line and the matrix&apos;s dots move together, and the eigenvalues move inside, onto or outside the unit circle. Press Step (N) once: the blue line is this RNN, started from W_hh = 1.00 Q. It falls far below the other two: 50 steps back, less than 1e-5 of the last position&apos;s gradient is left. Set f to 1.1, press &quot;Start the RNN from W_hh = 1.10 Q&quot; and Step once: the matrix alone would grow the gradient 117 times, yet the RNN keeps less than 1e-3 of it. At 0.9, less than 1e-7.</source>
        <translation>Trong khung Mô hình đồ chơi dòng gradient, kéo thanh trượt giữa 0.9, 1.0 và 1.1: đường của số và các chấm của ma trận di chuyển cùng nhau, còn các trị riêng chuyển vào trong, lên trên hoặc ra ngoài đường tròn đơn vị. Nhấn Bước (N) một lần: đường màu xanh là RNN này, bắt đầu từ W_hh = 1.00 Q. Nó nằm thấp hơn hẳn hai đường kia: lùi 50 bước, gradient của vị trí cuối chỉ còn chưa tới 1e-5. Đặt f = 1.1, nhấn &quot;Khởi động RNN từ W_hh = 1.10 Q&quot; rồi Bước một lần: riêng ma trận sẽ làm gradient lớn lên 117 lần, vậy mà RNN giữ lại chưa tới 1e-3. Với 0.9, chưa tới 1e-7.</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="50"/>
        <source>GRU: one gate, two meanings of z</source>
        <translation>GRU: một cổng, hai nghĩa của z</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="51"/>
        <source>A GRU learns the dialogue text. It is written in PyTorch&apos;s form (reset_after): r and z are sigmoid gates, the candidate is n_t = tanh(W_xn x_t + b + r_t ⊙ (W_hn h_{t−1} + b)), and h_t = (1 − z_t) ⊙ n_t + z_t ⊙ h_{t−1}, so z_t near 1 keeps the old state. The course notes write h_t = (1 − z_t) ⊙ h_{t−1} + z_t ⊙ n_t, with r applied to h_{t−1} before W_hn: there z_t near 1 takes the new candidate. The same letter has opposite meanings, and weights trained in one form do not work in the other. The lesson&apos;s comparison run trains the notes&apos; form (classic) on the same text from the same seed.</source>
        <translation>Một GRU học văn bản hội thoại. Nó được viết theo dạng của PyTorch (reset_after): r và z là các cổng sigmoid, ứng viên là n_t = tanh(W_xn x_t + b + r_t ⊙ (W_hn h_{t−1} + b)), và h_t = (1 − z_t) ⊙ n_t + z_t ⊙ h_{t−1}, nên z_t gần 1 thì giữ trạng thái cũ. Bài giảng viết h_t = (1 − z_t) ⊙ h_{t−1} + z_t ⊙ n_t, với r nhân vào h_{t−1} trước W_hn: ở đó z_t gần 1 thì lấy ứng viên mới. Cùng một chữ cái mà nghĩa ngược nhau, và trọng số huấn luyện ở dạng này không dùng được ở dạng kia. Lần chạy so sánh của bài học huấn luyện dạng trong bài giảng (classic) trên cùng văn bản, từ cùng hạt giống ngẫu nhiên.</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="52"/>
        <source>The Model panel&apos;s formula shows the form being trained; choose GRU variant: classic (lecture notes) and press Apply to train the other one. In the gradient flow view, the gated path is the product of whatever keeps the state: ∏ z_t in PyTorch&apos;s form, ∏ (1 − z_t) in the notes&apos; form. Both forms learn alike: within 400 steps (about a minute) each falls below 0.8 nats per character, and neither is more than 15% ahead of the other.</source>
        <translation>Công thức trong khung Mô hình và huấn luyện cho biết dạng đang được huấn luyện; chọn Biến thể GRU: cổ điển (giáo trình) và nhấn Áp dụng để huấn luyện dạng kia. Trong khung luồng gradient, đường có cổng là tích của thứ giữ trạng thái: ∏ z_t ở dạng của PyTorch, ∏ (1 − z_t) ở dạng trong bài giảng. Hai dạng học như nhau: trong vòng 400 bước (khoảng một phút) mỗi dạng đều giảm xuống dưới 0,8 nat mỗi ký tự, và không dạng nào hơn dạng kia quá 15%.</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="54"/>
        <source>&quot;hello&quot;: the first example, one step at a time</source>
        <translation>&quot;hello&quot;: ví dụ đầu tiên, từng bước một</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="55"/>
        <source>The course notes&apos; first example. A vanilla RNN reads the word &quot;hello&quot; one character at a time over the vocabulary {h, e, l, o}: each character enters as a one-hot vector of four numbers (no embedding), the hidden state h_t has 3 units, and the output scores y_t (one per character) say which character should come next: e after h, l after e, l after the first l, o after the second. The two l&apos;s are followed by different characters, so the network has to remember what came before in h_t; the current character alone cannot tell.</source>
        <translation>Ví dụ đầu tiên trong bài giảng. Một RNN thuần đọc từ &quot;hello&quot; từng ký tự một trên bộ từ vựng {h, e, l, o}: mỗi ký tự vào dưới dạng vectơ one-hot gồm bốn số (không có embedding), trạng thái ẩn h_t có 3 đơn vị, và điểm đầu ra y_t (mỗi ký tự một điểm) cho biết ký tự nào nên đến tiếp: e sau h, l sau e, l sau chữ l thứ nhất, o sau chữ l thứ hai. Sau hai chữ l là hai ký tự khác nhau, nên mạng phải nhớ những gì đã đọc trong h_t; chỉ nhìn ký tự hiện tại thì không biết được.</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="56"/>
        <source>Open the Step through BPTT tab and press Step (or the right arrow key): the forward pass fills one column at a time and writes the table of output scores, as in the notes; then the backward pass walks back from t = 3 to t = 0, adding one term per step to ∂L/∂W_hh, and the last stage shows what truncated BPTT cuts.</source>
        <translation>Mở thẻ Từng bước BPTT và nhấn Bước (hoặc phím mũi tên phải): lượt xuôi điền từng cột một và ghi bảng điểm đầu ra như trong bài giảng; rồi lượt ngược đi từ t = 3 về t = 0, mỗi bước cộng một số hạng vào ∂L/∂W_hh, và giai đoạn cuối cho thấy BPTT cắt cụt bỏ đi những gì.</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="57"/>
        <source>Press Play: within 300 steps the loss falls below 0.05 nats per character, and the Samples view, which starts from h and always takes the most likely next character (temperature 0), writes hello.</source>
        <translation>Nhấn Chạy: trong vòng 300 bước mất mát giảm xuống dưới 0,05 nat mỗi ký tự, và khung Mẫu sinh, bắt đầu từ h và luôn lấy ký tự tiếp theo có khả năng nhất (nhiệt độ 0), viết ra hello.</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="68"/>
        <source>Many-to-many out of step: an encoder and a decoder reverse a string</source>
        <translation>Nhiều-nhiều không đồng bộ (many-to-many): một encoder và một decoder đảo ngược một chuỗi</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="69"/>
        <source>Strings of 3 to 8 letters from a to h, and the same letters backwards. An encoder LSTM reads the string; its last state (h and c) is handed over to a decoder LSTM, which starts from &lt;s&gt; and writes the letters one by one, each fed back as its next input while training (teacher forcing), until &lt;/s&gt;. The loss is on the decoder&apos;s outputs only: the encoder learns through the state it hands over.</source>
        <translation>Các chuỗi gồm 3 đến 8 chữ cái từ a đến h, và chính các chữ cái đó theo thứ tự ngược lại. Một LSTM encoder (bộ mã hoá) đọc chuỗi; trạng thái cuối của nó (h và c) được chuyển giao cho một LSTM decoder (bộ giải mã), mạng này bắt đầu từ &lt;s&gt; và viết từng chữ cái một, khi huấn luyện mỗi chữ được đưa ngược lại làm đầu vào kế tiếp của nó (teacher forcing), cho tới &lt;/s&gt;. Mất mát chỉ tính trên các đầu ra của decoder: encoder học thông qua trạng thái mà nó chuyển giao.</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="70"/>
        <source>The gradient flow view lays the encoder&apos;s steps and then the decoder&apos;s on one axis, with the hand-over marked: every gradient the encoder receives crosses that line.</source>
        <translation>Khung Luồng gradient đặt các bước của encoder rồi đến các bước của decoder trên cùng một trục, có đánh dấu chỗ chuyển giao: mọi gradient mà encoder nhận được đều phải đi qua vạch đó.</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="71"/>
        <source>The predictions view shows held-out strings with the decoder&apos;s greedy output; a prediction counts as right only when the whole string is. By step 2000 (under a minute) at least 70% of held-out strings come out exactly reversed.</source>
        <translation>Khung Dự đoán hiển thị các chuỗi kiểm định cùng đầu ra tham lam (greedy) của decoder; một dự đoán chỉ được tính là đúng khi cả chuỗi đều đúng. Tới bước 2000 (chưa tới một phút), ít nhất 70% chuỗi kiểm định được đảo ngược chính xác hoàn toàn.</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="73"/>
        <source>Many-to-one: sentiment decided far from the end</source>
        <translation>Nhiều-một (many-to-one): cảm xúc được quyết định ở xa cuối chuỗi</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="74"/>
        <source>Short film reviews, in English, whose sentiment one adjective decides (&quot;bad&quot;, &quot;great&quot;, sometimes negated: &quot;not bad&quot;), with exactly 20 neutral words after it. The network reads the whole review and gives one label from its last state: one loss, at the end. Run A is an LSTM, run B a vanilla tanh RNN of the same size, same data and seed.</source>
        <translation>Các bài đánh giá phim ngắn bằng tiếng Anh, cảm xúc của mỗi bài do một tính từ quyết định (&quot;bad&quot;, &quot;great&quot;, đôi khi có phủ định: &quot;not bad&quot;), theo sau là đúng 20 từ trung tính. Mạng đọc toàn bộ bài đánh giá và đưa ra một nhãn từ trạng thái cuối của nó: chỉ một mất mát, ở cuối. Lượt A là một LSTM, lượt B là một RNN tanh thuần cùng kích thước, cùng dữ liệu và cùng hạt giống.</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="75"/>
        <source>The gradient flow view shows how much of the one loss reaches each word back through time. The decisive adjective is 20 words before the end. By step 1500 (under a minute for both runs), measured against its size at the last word, the gradient that reaches 20 words back is at least 1000 times larger in the LSTM than in the vanilla RNN (dashed), where less than 10⁻⁴ of it arrives.</source>
        <translation>Khung Luồng gradient cho thấy bao nhiêu phần gradient của mất mát duy nhất đó đến được từng từ khi đi ngược theo thời gian. Tính từ quyết định nằm 20 từ trước điểm kết thúc. Tới bước 1500 (chưa tới một phút cho cả hai lượt), so với độ lớn của nó tại từ cuối cùng, gradient đến được vị trí lùi 20 từ ở LSTM lớn hơn ít nhất 1000 lần so với ở RNN thuần (nét đứt), nơi chỉ có chưa tới 10⁻⁴ phần gradient đến được.</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="76"/>
        <source>The loss view draws the accuracy beside the loss. By step 1500 the LSTM labels at least 95% of held-out reviews correctly; the vanilla RNN, which cannot feel the adjective, stays near chance: at most 60%.</source>
        <translation>Khung Hàm mất mát vẽ độ chính xác bên cạnh mất mát. Tới bước 1500, LSTM gán nhãn đúng ít nhất 95% bài đánh giá kiểm định; RNN thuần, vốn không cảm nhận được tính từ, vẫn quanh mức đoán ngẫu nhiên: nhiều nhất 60%.</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="77"/>
        <source>The predictions view shows held-out reviews with the label run A, the LSTM, gives each, right in green and wrong in red; the cells view ranks the LSTM&apos;s cells by how closely they follow the label.</source>
        <translation>Khung Dự đoán hiển thị các bài đánh giá kiểm định cùng nhãn mà lượt A (LSTM) gán cho từng bài, đúng tô xanh lá, sai tô đỏ; khung Ô nhớ xếp hạng các ô của LSTM theo mức độ chúng bám sát nhãn.</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="81"/>
        <source>In the gradient flow view, the right-hand chart follows the gradient of the last position&apos;s loss back through the window. In the first 100 steps it shrinks more than a million times over 50 steps back.</source>
        <translation>Trong khung Luồng gradient, biểu đồ bên phải lần theo gradient của mất mát tại vị trí cuối ngược qua cửa sổ. Trong 100 bước đầu tiên, nó co lại hơn một triệu lần qua 50 bước lùi.</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="82"/>
        <source>Meanwhile Adam grows W_hh: by step 100 its σ_max is above 1, so the dashed bound (γλ)^d rises and allows growth, yet the gradient still fades (tanh units near ±1 have slopes near 0); the bound only says how much can survive at most.</source>
        <translation>Trong khi đó Adam làm W_hh lớn dần: đến bước 100, σ_max của nó đã lớn hơn 1, nên cận nét đứt (γλ)^d đi lên và cho phép tăng, vậy mà gradient vẫn suy giảm (các đơn vị tanh gần ±1 có độ dốc gần 0); cận chỉ cho biết tối đa bao nhiêu có thể còn lại.</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="83"/>
        <source>In the Jacobian view, the product of the Jacobians over d steps lies under (γλ)^d at every d.</source>
        <translation>Trong khung Ma trận Jacobi, tích của các ma trận Jacobi qua d bước nằm dưới (γλ)^d tại mọi d.</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="84"/>
        <source>Keep training and the fading slows: by step 600 (a few seconds) the same ratio is above 1e-5.</source>
        <translation>Tiếp tục huấn luyện thì sự suy giảm chậm lại: đến bước 600 (vài giây), cùng tỉ số đó đã lớn hơn 1e-5.</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="85"/>
        <source>The heat map below the charts shows the vanishing healing over training.</source>
        <translation>Bản đồ nhiệt bên dưới các biểu đồ cho thấy hiện tượng tiêu biến được khắc phục dần qua quá trình huấn luyện.</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="59"/>
        <source>Layer normalisation against a bad initialisation</source>
        <translation>Chuẩn hoá theo lớp chống lại khởi tạo tồi</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="64"/>
        <source>The LSTM cell state as a gradient highway</source>
        <translation>Trạng thái tế bào (cell state) của LSTM: đường cao tốc cho gradient</translation>
    </message>
    <message>
        <location filename="../../ui/lesson_strings.cpp" line="79"/>
        <source>Vanishing gradients in a plain RNN</source>
        <translation>Tiêu biến gradient trong RNN thuần</translation>
    </message>
</context>
<context>
    <name>TaskChooser</name>
    <message>
        <location filename="../../ui/panels/task_chooser.cpp" line="25"/>
        <source>Next character (language model)</source>
        <translation>Ký tự tiếp theo (mô hình ngôn ngữ)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/task_chooser.cpp" line="26"/>
        <source>The network reads a text and predicts each next character: the loss is at every step (many-to-many).</source>
        <translation>Mạng đọc một văn bản và dự đoán từng ký tự tiếp theo: có mất mát ở mọi bước (nhiều-nhiều, many-to-many).</translation>
    </message>
    <message>
        <location filename="../../ui/panels/task_chooser.cpp" line="28"/>
        <source>Sentiment of a review (classify)</source>
        <translation>Phân loại cảm xúc bài đánh giá (classify)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/task_chooser.cpp" line="29"/>
        <source>Many-to-one: a film review in, one label out of the last state. One adjective 20 words before the end decides it, so the one loss must reach far back.</source>
        <translation>Nhiều-một (many-to-one): đầu vào là một bài đánh giá phim, đầu ra là một nhãn lấy từ trạng thái cuối. Một tính từ đứng 20 từ trước điểm kết thúc quyết định nhãn, nên mất mát duy nhất phải vươn ngược về rất xa.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/task_chooser.cpp" line="31"/>
        <source>Sentiment of a Vietnamese review (classify)</source>
        <translation>Phân loại cảm xúc bài đánh giá tiếng Việt (classify)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/task_chooser.cpp" line="32"/>
        <source>The same in Vietnamese (&quot;không hay&quot;: not good): one label from the last state.</source>
        <translation>Bài toán tương tự bằng tiếng Việt (ví dụ &quot;không hay&quot;): một nhãn từ trạng thái cuối.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/task_chooser.cpp" line="33"/>
        <source>Tag each character (tag)</source>
        <translation>Gán nhãn từng ký tự (tag)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/task_chooser.cpp" line="34"/>
        <source>Many-to-many in step: a label for every character read, inside a quotation (q), inside `code` (c), a digit (n) or none (.).</source>
        <translation>Nhiều-nhiều đồng bộ (many-to-many): một nhãn cho mỗi ký tự đã đọc: trong ngoặc kép (q), trong `mã` (c), chữ số (n) hoặc không thuộc loại nào (.).</translation>
    </message>
    <message>
        <location filename="../../ui/panels/task_chooser.cpp" line="36"/>
        <source>Reverse a string (seq2seq)</source>
        <translation>Đảo ngược chuỗi (seq2seq)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/task_chooser.cpp" line="37"/>
        <source>Many-to-many out of step: an encoder reads the letters, its last state starts a decoder that writes them backwards.</source>
        <translation>Nhiều-nhiều không đồng bộ (many-to-many): một encoder đọc các chữ cái, trạng thái cuối của nó khởi động một decoder viết lại chúng theo thứ tự ngược.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/task_chooser.cpp" line="39"/>
        <source>Add two numbers (seq2seq)</source>
        <translation>Cộng hai số (seq2seq)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/task_chooser.cpp" line="40"/>
        <source>&quot;12+35&quot; in, &quot;47&quot; out: the encoder must carry both numbers in its state.</source>
        <translation>Vào &quot;12+35&quot;, ra &quot;47&quot;: encoder phải mang cả hai số trong trạng thái của nó.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/task_chooser.cpp" line="41"/>
        <source>Caption a picture (one-to-many)</source>
        <translation>Sinh chú thích cho ảnh (one-to-many)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/task_chooser.cpp" line="42"/>
        <source>A 16×16 picture of shapes gives the decoder&apos;s first state; the decoder writes its caption word by word.</source>
        <translation>Một ảnh 16×16 gồm các hình khối cho ra trạng thái đầu tiên của decoder; decoder viết chú thích cho ảnh từng từ một.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/task_chooser.cpp" line="44"/>
        <source>Answer a question about a picture (VQA)</source>
        <translation>Trả lời câu hỏi về ảnh (VQA)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/task_chooser.cpp" line="45"/>
        <source>The question&apos;s last state and the picture&apos;s features together choose the answer.</source>
        <translation>Trạng thái cuối của câu hỏi cùng với các đặc trưng của ảnh chọn ra câu trả lời.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/task_chooser.cpp" line="47"/>
        <source>A task file of your own…</source>
        <translation>Tệp bài toán của riêng bạn…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/task_chooser.cpp" line="48"/>
        <source>label&lt;TAB&gt;text (classify), text&lt;TAB&gt;tags (tag) or source&lt;TAB&gt;target (seq2seq), one example per line.</source>
        <translation>label&lt;TAB&gt;text (classify), text&lt;TAB&gt;tags (tag) hoặc source&lt;TAB&gt;target (seq2seq), mỗi dòng một ví dụ.</translation>
    </message>
</context>
<context>
    <name>Tour</name>
    <message>
        <location filename="../../ui/tour.cpp" line="26"/>
        <source>Training controls</source>
        <translation>Điều khiển huấn luyện</translation>
    </message>
    <message>
        <location filename="../../ui/tour.cpp" line="27"/>
        <source>Play trains the network without stopping; Step does exactly one update (key N); Slow motion (key M) trains one update at a time and pauses at each of its phases; Reset starts again from new random weights (key R). Speed limits the updates per second, so that learning can be watched slowly.</source>
        <translation>Chạy huấn luyện mạng liên tục; Bước thực hiện đúng một lần cập nhật (phím N); Quay chậm (phím M) huấn luyện từng lần cập nhật một và dừng ở mỗi pha của nó; Đặt lại bắt đầu lại từ các trọng số ngẫu nhiên mới (phím R). Tốc độ giới hạn số lần cập nhật mỗi giây, để có thể xem mạng học thật chậm.</translation>
    </message>
    <message>
        <location filename="../../ui/tour.cpp" line="32"/>
        <source>The lesson</source>
        <translation>Bài học</translation>
    </message>
    <message>
        <location filename="../../ui/tour.cpp" line="33"/>
        <source>The lesson bar says what to watch; More… has the whole lesson, and the arrows page through it, framing what each page talks about. A lesson that needs long training opens at a step trained ahead of time; the button at the end of the lesson bar starts it from scratch. The Lessons menu has the others.</source>
        <translation>Thanh bài học cho biết cần quan sát gì; Chi tiết… chứa toàn bộ bài học, còn các mũi tên lật từng trang, đóng khung thứ mà mỗi trang nói tới. Bài học cần huấn luyện lâu sẽ mở ở một bước đã được huấn luyện trước; nút ở cuối thanh bài học cho phép bắt đầu lại từ đầu. Menu Bài học có các bài khác.</translation>
    </message>
    <message>
        <location filename="../../ui/tour.cpp" line="37"/>
        <source>Model and training</source>
        <translation>Mô hình và huấn luyện</translation>
    </message>
    <message>
        <location filename="../../ui/tour.cpp" line="38"/>
        <source>Choose the cell (RNN, LSTM or GRU), its size, the initialisation and the optimiser. Settings under a heading that says &quot;press Apply&quot; build a new model and restart training; the optimisation settings change while it trains.</source>
        <translation>Chọn loại ô (RNN, LSTM hay GRU), kích thước, cách khởi tạo và bộ tối ưu. Các cài đặt dưới tiêu đề ghi &quot;nhấn Áp dụng&quot; sẽ dựng mô hình mới và huấn luyện lại từ đầu; các cài đặt tối ưu thì thay đổi ngay trong lúc huấn luyện.</translation>
    </message>
    <message>
        <location filename="../../ui/tour.cpp" line="42"/>
        <source>The loss</source>
        <translation>Hàm mất mát</translation>
    </message>
    <message>
        <location filename="../../ui/tour.cpp" line="43"/>
        <source>The loss falls as the network learns to predict the next character, in nats per character; the dashed line is ln V, pure guessing among V characters. Below it: the gradient&apos;s norm before and after clipping, and the points training can rewind to (click one, or Ctrl+Z).</source>
        <translation>Mất mát giảm dần khi mạng học đoán ký tự tiếp theo, tính bằng nat mỗi ký tự; đường nét đứt là ln V, mức đoán mò hoàn toàn giữa V ký tự. Bên dưới: chuẩn của gradient trước và sau khi cắt, và các điểm mà quá trình huấn luyện có thể tua lại (bấm vào một điểm, hoặc Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../../ui/tour.cpp" line="47"/>
        <source>Inside training</source>
        <translation>Bên trong quá trình huấn luyện</translation>
    </message>
    <message>
        <location filename="../../ui/tour.cpp" line="48"/>
        <source>These tabs show what the course explains: how the gradient fades or grows on its way back through time, the Jacobian&apos;s singular values, the weights&apos; spectra, BPTT one operation at a time, and the 0.9 / 1.0 / 1.1 toy.</source>
        <translation>Các thẻ này cho thấy những gì bài giảng giải thích: gradient suy giảm hay tăng lên ra sao trên đường ngược về quá khứ, các giá trị kỳ dị của ma trận Jacobi, phổ của các trọng số, BPTT từng phép tính một, và ví dụ đồ chơi 0.9 / 1.0 / 1.1.</translation>
    </message>
    <message>
        <location filename="../../ui/tour.cpp" line="52"/>
        <source>Cells and samples</source>
        <translation>Ô nhớ và mẫu sinh</translation>
    </message>
    <message>
        <location filename="../../ui/tour.cpp" line="53"/>
        <source>Cells colours the text by one hidden unit and ranks the units that follow a concept, such as being inside quotation marks; Samples shows what the network writes. Help → Tour of the window shows these pages again.</source>
        <translation>Ô nhớ tô màu văn bản theo một đơn vị ẩn và xếp hạng các đơn vị bám theo một khái niệm, chẳng hạn như đang ở trong ngoặc kép; Mẫu sinh cho thấy những gì mạng viết ra. Trợ giúp → Giới thiệu cửa sổ sẽ hiện lại các trang này.</translation>
    </message>
</context>
<context>
    <name>rnnscope</name>
    <message>
        <location filename="../../ui/main_window.cpp" line="1478"/>
        <location filename="../../app/gui_main.cpp" line="440"/>
        <source>cannot write %1: the folder %2 does not exist</source>
        <translation>không thể ghi %1: thư mục %2 không tồn tại</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="1481"/>
        <source>could not take a picture of the window</source>
        <translation>không chụp được ảnh cửa sổ</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="1484"/>
        <source>cannot write %1: %2</source>
        <translation>không thể ghi %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="1519"/>
        <source>training stopped after %1 of %2 steps: %3</source>
        <translation>quá trình huấn luyện dừng sau %1 trên %2 bước: %3</translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="137"/>
        <source>--config-patch must be a JSON object, got &apos;%1&apos;</source>
        <translation>--config-patch phải là một đối tượng JSON, nhận được &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="145"/>
        <source>--config-patch: %1</source>
        <translation>--config-patch: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="323"/>
        <source>rnnscope: watch a recurrent neural network learn, live, and step through it.</source>
        <translation>rnnscope: xem một mạng nơ-ron hồi quy học theo thời gian thực, và cho nó chạy từng bước một.</translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="327"/>
        <source>Open lesson NAME (default: default). Lessons: %1.</source>
        <translation>Mở bài học TÊN (mặc định: default). Các bài học: %1.</translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="329"/>
        <location filename="../../app/gui_main.cpp" line="357"/>
        <source>NAME</source>
        <translation>TÊN</translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="330"/>
        <source>Train N updates at start, then wait (or take the screenshot).</source>
        <translation>Huấn luyện N lần cập nhật khi khởi động, rồi chờ (hoặc chụp ảnh màn hình).</translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="331"/>
        <location filename="../../app/gui_main.cpp" line="336"/>
        <location filename="../../app/gui_main.cpp" line="338"/>
        <location filename="../../app/gui_main.cpp" line="342"/>
        <location filename="../../app/gui_main.cpp" line="364"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="334"/>
        <source>Open the lesson at step 0, from new random weights, even when it ships a state trained ahead of time.</source>
        <translation>Mở bài học ở bước 0, từ các trọng số ngẫu nhiên mới, kể cả khi bài học có kèm một trạng thái đã huấn luyện trước.</translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="336"/>
        <source>Open the tour of the window at page N (for screenshots).</source>
        <translation>Mở phần giới thiệu cửa sổ ở trang N (để chụp màn hình).</translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="338"/>
        <source>Show page N of the lesson&apos;s text (for screenshots).</source>
        <translation>Hiện trang N của nội dung bài học (để chụp màn hình).</translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="341"/>
        <source>In the Cells view, show the connectivity of the prediction after character N of the probe text.</source>
        <translation>Trong khung Ô nhớ, hiện độ kết nối của dự đoán sau ký tự N của văn bản thăm dò.</translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="344"/>
        <source>After the steps, save a picture of the window to FILE (PNG) and exit.</source>
        <translation>Sau các bước đó, lưu ảnh cửa sổ vào TỆP (PNG) rồi thoát.</translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="345"/>
        <source>FILE</source>
        <translation>TỆP</translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="348"/>
        <source>Train for SECONDS without drawing, then SECONDS with every view drawing; print one JSON line and exit.</source>
        <translation>Huấn luyện trong GIÂY giây không vẽ, rồi GIÂY giây có vẽ mọi khung; in ra một dòng JSON rồi thoát.</translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="349"/>
        <source>SECONDS</source>
        <translation>GIÂY</translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="351"/>
        <source>With --screenshot: the window&apos;s size in pixels (default 1600x1000).</source>
        <translation>Dùng với --screenshot: kích thước cửa sổ tính bằng điểm ảnh (mặc định 1600x1000).</translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="352"/>
        <source>WIDTHxHEIGHT</source>
        <translation>RỘNGxCAO</translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="355"/>
        <source>With --screenshot: bring panel NAME to the front of its tabs first. Panels: %1.</source>
        <translation>Dùng với --screenshot: trước tiên đưa bảng TÊN lên trước trong nhóm thẻ của nó. Các bảng: %1.</translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="359"/>
        <source>With --screenshot and --panel: the picture shows that panel alone, floating at --size (default 900x1000).</source>
        <translation>Với --screenshot và --panel: ảnh chỉ chụp riêng bảng đó, tách ra nổi với kích thước --size (mặc định 900x1000).</translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="362"/>
        <source>With --screenshot: the step-through of BPTT shows stage N of its pass (0 = forward step 0; T forward steps, then T backward steps, then the cut).</source>
        <translation>Với --screenshot: khung từng bước BPTT hiện giai đoạn N của lượt (0 = bước xuôi 0; T bước xuôi, rồi T bước ngược, rồi chỗ cắt).</translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="367"/>
        <source>With --screenshot: after the steps, run slow motion and take the picture at PHASE of the next update (forward, loss, backward, clipping or update).</source>
        <translation>Với --screenshot: sau các bước, chạy chế độ quay chậm và chụp ảnh ở PHA của lần cập nhật kế tiếp (forward, loss, backward, clipping hoặc update).</translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="369"/>
        <source>PHASE</source>
        <translation>PHA</translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="372"/>
        <source>Draw the curve of the run folder DIR (rnnscope-cli train&apos;s output) beside the live run.</source>
        <translation>Vẽ đường cong của thư mục lượt chạy DIR (đầu ra của rnnscope-cli train) bên cạnh lượt chạy đang huấn luyện.</translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="372"/>
        <source>DIR</source>
        <translation>THƯ_MỤC</translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="375"/>
        <source>Compare mode: start run B as a copy of the lesson&apos;s run when it opens (as Training → Compare A | B; a lesson with its own run B opens comparing anyway).</source>
        <translation>Chế độ so sánh: bắt đầu lượt B là bản sao lượt của bài học khi mở (như Huấn luyện → So sánh A | B; bài học có lượt B riêng vẫn luôn mở ở chế độ so sánh).</translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="379"/>
        <source>With --screenshot: what the gradient-flow panel&apos;s heat map shows: relative (the last loss over training, the default), total (the total loss over training) or horizon (each loss of the last window).</source>
        <translation>Với --screenshot: bản đồ nhiệt của bảng luồng gradient hiển thị gì: relative (mất mát cuối qua quá trình huấn luyện, mặc định), total (tổng mất mát qua quá trình huấn luyện) hoặc horizon (từng mất mát của cửa sổ cuối).</translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="381"/>
        <source>VIEW</source>
        <translation>KIỂU_XEM</translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="384"/>
        <source>Change the lesson&apos;s training settings with a JSON merge patch, e.g. {&quot;model&quot;: {&quot;hidden&quot;: 256}}.</source>
        <translation>Đổi các thiết lập huấn luyện của bài học bằng một bản vá JSON (merge patch), ví dụ {&quot;model&quot;: {&quot;hidden&quot;: 256}}.</translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="385"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="387"/>
        <source>Interface language: en or vi (default: as chosen in the View menu, else the system&apos;s).</source>
        <translation>Ngôn ngữ giao diện: en hoặc vi (mặc định: theo lựa chọn trong menu Xem, nếu không thì theo hệ thống).</translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="389"/>
        <source>CODE</source>
        <translation>MÃ</translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="398"/>
        <source>unexpected argument &apos;%1&apos; (see --help)</source>
        <translation>đối số không mong đợi &apos;%1&apos; (xem --help)</translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="405"/>
        <source>--steps must be a whole number from 0 to 10000000, got &apos;%1&apos;</source>
        <translation>--steps phải là số nguyên từ 0 đến 10000000, nhận được &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="412"/>
        <source>--ui-benchmark must be a number of seconds above 0 and at most 3600, got &apos;%1&apos;</source>
        <translation>--ui-benchmark phải là số giây lớn hơn 0 và không quá 3600, nhận được &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="417"/>
        <source>--language must be one of %1, got &apos;%2&apos;</source>
        <translation>--language phải là một trong %1, nhận được &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="427"/>
        <source>--size must be WIDTHxHEIGHT between 640x480 and 7680x4320, got &apos;%1&apos;</source>
        <translation>--size phải có dạng RỘNGxCAO trong khoảng từ 640x480 đến 7680x4320, nhận được &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="432"/>
        <source>--screenshot needs a file name</source>
        <translation>--screenshot cần một tên tệp</translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="434"/>
        <source>--screenshot and --ui-benchmark cannot be combined</source>
        <translation>không thể dùng --screenshot cùng với --ui-benchmark</translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="442"/>
        <source>cannot write %1: permission denied</source>
        <translation>không thể ghi %1: không có quyền</translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="471"/>
        <source>--panel-only needs --panel NAME</source>
        <translation>--panel-only cần có --panel TÊN</translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="473"/>
        <source>unknown panel &apos;%1&apos;</source>
        <translation>không có bảng &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="484"/>
        <source>--bptt-stage needs a whole number from 0</source>
        <translation>--bptt-stage cần một số nguyên từ 0 trở lên</translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="494"/>
        <source>--heat-view is relative, total or horizon, not &apos;%1&apos;</source>
        <translation>--heat-view là relative, total hoặc horizon, không phải &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="503"/>
        <source>--lesson-page needs a page from 1 to %1</source>
        <translation>--lesson-page cần một trang từ 1 đến %1</translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="509"/>
        <source>--connectivity needs a character position from 0</source>
        <translation>--connectivity cần một vị trí ký tự từ 0</translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="516"/>
        <source>--tour-page needs a page from 1 to %1</source>
        <translation>--tour-page cần một trang từ 1 đến %1</translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="523"/>
        <source>run B could not start: %1</source>
        <translation>không thể bắt đầu lượt B: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="534"/>
        <source>--slow-motion is forward, loss, backward, clipping or update, not &apos;%1&apos;</source>
        <translation>--slow-motion là forward, loss, backward, clipping hoặc update, không phải &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../app/gui_main.cpp" line="535"/>
        <source>slow motion did not reach that phase</source>
        <translation>chế độ quay chậm không tới được pha đó</translation>
    </message>
</context>
<context>
    <name>rnnscope::ui</name>
    <message>
        <location filename="../../ui/engine_messages.cpp" line="17"/>
        <source>Could not start: %1</source>
        <translation>Không khởi động được: %1</translation>
    </message>
    <message>
        <location filename="../../ui/engine_messages.cpp" line="19"/>
        <source>Training paused at step %1: the loss or the gradient became NaN or infinite, so that update was not kept. Lower the learning rate or turn on gradient clipping, then press Play.</source>
        <translation>Huấn luyện đã tạm dừng ở bước %1: mất mát hoặc gradient trở thành NaN hoặc vô cùng, nên lần cập nhật đó không được giữ lại. Hãy giảm tốc độ học hoặc bật cắt gradient, rồi nhấn Chạy.</translation>
    </message>
    <message>
        <location filename="../../ui/engine_messages.cpp" line="22"/>
        <source>Load a text first.</source>
        <translation>Hãy nạp một văn bản trước.</translation>
    </message>
    <message>
        <location filename="../../ui/engine_messages.cpp" line="23"/>
        <source>Reset: new weights from the same settings.</source>
        <translation>Đặt lại: trọng số mới, giữ nguyên cài đặt.</translation>
    </message>
    <message>
        <location filename="../../ui/engine_messages.cpp" line="24"/>
        <source>New model built; press Play to train it.</source>
        <translation>Đã xây dựng mô hình mới; nhấn Chạy để huấn luyện.</translation>
    </message>
    <message>
        <location filename="../../ui/engine_messages.cpp" line="25"/>
        <source>Loaded %1 (%2 characters, %3 distinct).</source>
        <translation>Đã nạp %1 (%2 ký tự, %3 ký tự khác nhau).</translation>
    </message>
    <message>
        <location filename="../../ui/engine_messages.cpp" line="26"/>
        <source>Saved the model to %1</source>
        <translation>Đã lưu mô hình vào %1</translation>
    </message>
    <message>
        <location filename="../../ui/engine_messages.cpp" line="27"/>
        <source>Loaded the model from %1</source>
        <translation>Đã nạp mô hình từ %1</translation>
    </message>
    <message>
        <location filename="../../ui/engine_messages.cpp" line="28"/>
        <source>Not done: %1</source>
        <translation>Không thực hiện được: %1</translation>
    </message>
    <message>
        <location filename="../../ui/engine_messages.cpp" line="30"/>
        <source>These settings need about %1 MB to train, more than the %2 MB this machine has free; the last model was kept. Choose a smaller model, batch or window.</source>
        <translation>Các cài đặt này cần khoảng %1 MB để huấn luyện, nhiều hơn %2 MB bộ nhớ còn trống trên máy này; mô hình trước đó vẫn được giữ lại. Hãy chọn mô hình, lô hoặc cửa sổ nhỏ hơn.</translation>
    </message>
    <message>
        <location filename="../../ui/engine_messages.cpp" line="34"/>
        <source>Restored the saved session at step %1; press Play to go on training.</source>
        <translation>Đã khôi phục phiên đã lưu ở bước %1; nhấn Chạy để huấn luyện tiếp.</translation>
    </message>
    <message>
        <location filename="../../ui/engine_messages.cpp" line="36"/>
        <source>Opened the lesson at step %1, as trained ahead of time; press Play to go on training.</source>
        <translation>Đã mở bài học ở bước %1, như khi được huấn luyện trước; nhấn Chạy để huấn luyện tiếp.</translation>
    </message>
    <message>
        <location filename="../../ui/engine_messages.cpp" line="38"/>
        <source>Saved the run to %1 (config.json, metrics.csv, checkpoint and trainer state; rnnscope-cli train --resume continues it).</source>
        <translation>Đã lưu lượt chạy vào %1 (config.json, metrics.csv, checkpoint và trạng thái huấn luyện; rnnscope-cli train --resume sẽ tiếp tục nó).</translation>
    </message>
    <message>
        <location filename="../../ui/engine_messages.cpp" line="41"/>
        <source>Opened the run %1 at step %2; press Play to go on training it.</source>
        <translation>Đã mở lượt chạy %1 ở bước %2; nhấn Chạy để tiếp tục huấn luyện nó.</translation>
    </message>
    <message>
        <location filename="../../ui/engine_messages.cpp" line="43"/>
        <source>Pinned the run %1 (%2 steps): its curve is drawn dashed beside the live one.</source>
        <translation>Đã ghim lượt chạy %1 (%2 bước): đường cong của nó được vẽ nét đứt bên cạnh lượt chạy đang huấn luyện.</translation>
    </message>
    <message>
        <location filename="../../ui/engine_messages.cpp" line="45"/>
        <source>Opened the %1 task on %2 (%3 training examples, %4 held out); press Play to train it.</source>
        <translation>Đã mở bài toán %1 trên %2 (%3 ví dụ huấn luyện, %4 ví dụ giữ lại để kiểm định); nhấn Chạy để huấn luyện.</translation>
    </message>
    <message>
        <location filename="../../ui/engine_messages.cpp" line="48"/>
        <source>Rewound to step %1: weights, optimiser, data position and carried state as they were; press Play to go on with the current settings.</source>
        <translation>Đã tua lại về bước %1: trọng số, bộ tối ưu, vị trí dữ liệu và trạng thái được mang theo như lúc đó; nhấn Chạy để tiếp tục với các cài đặt hiện tại.</translation>
    </message>
    <message>
        <location filename="../../ui/engine_messages.cpp" line="52"/>
        <source>Not enough memory for these settings; the last model was kept. Choose a smaller model, batch or window.</source>
        <translation>Không đủ bộ nhớ cho các cài đặt này; mô hình trước đó vẫn được giữ lại. Hãy chọn mô hình, lô hoặc cửa sổ nhỏ hơn.</translation>
    </message>
</context>
<context>
    <name>rnnscope::ui::BpttPanel</name>
    <message>
        <location filename="../../ui/panels/bptt_panel.cpp" line="31"/>
        <source>&lt;b&gt;Backpropagation through time, one operation at a time.&lt;/b&gt; The network is drawn unrolled over the first steps of the last training window (stream 0): one column per character, the same matrices W&lt;sub&gt;xh&lt;/sub&gt;, W&lt;sub&gt;hh&lt;/sub&gt;, W&lt;sub&gt;hy&lt;/sub&gt; on every column. &lt;b&gt;Step&lt;/b&gt; runs the forward pass one timestep at a time (input, pre-activation a&lt;sub&gt;t&lt;/sub&gt;, state h&lt;sub&gt;t&lt;/sub&gt;, scores y&lt;sub&gt;t&lt;/sub&gt;, softmax, loss L&lt;sub&gt;t&lt;/sub&gt;); then the backward pass walks from the last step to the first: ∂L/∂h&lt;sub&gt;t&lt;/sub&gt; is what comes down from the output plus what comes back from step t+1 through J&lt;sub&gt;t+1&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt;, and each step adds one term to ∂L/∂W&lt;sub&gt;hh&lt;/sub&gt;. The last stage shows where truncated BPTT cuts: the state is carried into the next window, its gradient is not.&lt;br&gt;Colours: blue negative, red positive, each kind of vector scaled to its largest entry in this pass; the numbers below are exact. Pause training to walk one pass; while training runs, the numbers follow the newest pass.</source>
        <translation>&lt;b&gt;Lan truyền ngược theo thời gian, từng phép tính một.&lt;/b&gt; Mạng được vẽ trải ra trên các bước đầu của cửa sổ huấn luyện gần nhất (luồng 0): mỗi ký tự một cột, cùng các ma trận W&lt;sub&gt;xh&lt;/sub&gt;, W&lt;sub&gt;hh&lt;/sub&gt;, W&lt;sub&gt;hy&lt;/sub&gt; ở mọi cột. &lt;b&gt;Bước&lt;/b&gt; chạy lượt xuôi từng bước thời gian một (đầu vào, tiền kích hoạt a&lt;sub&gt;t&lt;/sub&gt;, trạng thái h&lt;sub&gt;t&lt;/sub&gt;, điểm y&lt;sub&gt;t&lt;/sub&gt;, softmax, mất mát L&lt;sub&gt;t&lt;/sub&gt;); rồi lượt ngược đi từ bước cuối về bước đầu: ∂L/∂h&lt;sub&gt;t&lt;/sub&gt; là phần đi xuống từ đầu ra cộng phần quay về từ bước t+1 qua J&lt;sub&gt;t+1&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt;, và mỗi bước cộng một số hạng vào ∂L/∂W&lt;sub&gt;hh&lt;/sub&gt;. Giai đoạn cuối cho thấy chỗ BPTT cắt cụt cắt: trạng thái được mang sang cửa sổ sau, gradient của nó thì không.&lt;br&gt;Màu: xanh là âm, đỏ là dương, mỗi loại vectơ được chia theo phần tử lớn nhất của nó trong lượt này; các con số bên dưới là chính xác. Tạm dừng huấn luyện để đi qua một lượt; khi đang huấn luyện, các con số theo lượt mới nhất.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_panel.cpp" line="95"/>
        <source>Back to the start of the forward pass</source>
        <translation>Về đầu lượt xuôi</translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_panel.cpp" line="97"/>
        <source>◀ Back</source>
        <translation>◀ Lùi</translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_panel.cpp" line="97"/>
        <source>One operation back</source>
        <translation>Lùi một phép tính</translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_panel.cpp" line="98"/>
        <source>Step ▶</source>
        <translation>Bước ▶</translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_panel.cpp" line="99"/>
        <source>One operation on: the next timestep of the forward pass, then of the backward pass</source>
        <translation>Tiến một phép tính: bước thời gian tiếp theo của lượt xuôi, rồi của lượt ngược</translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_panel.cpp" line="101"/>
        <source>To the end: the cut of truncated BPTT</source>
        <translation>Đến cuối: chỗ cắt của BPTT cắt cụt</translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_panel.cpp" line="106"/>
        <source>Every stage of the pass: forward t = 0..T−1, backward t = T−1..0, then the cut</source>
        <translation>Mọi giai đoạn của lượt: xuôi t = 0..T−1, ngược t = T−1..0, rồi chỗ cắt</translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_panel.cpp" line="110"/>
        <source>backward, t = 00</source>
        <translation>lượt ngược, t = 00</translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_panel.cpp" line="127"/>
        <source>Steps shown:</source>
        <translation>Số bước hiện:</translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_panel.cpp" line="133"/>
        <source>How many timesteps of the training window are unrolled here (at most the window length). The pass shown is its own short window: its gradients are those of these steps alone.</source>
        <translation>Bao nhiêu bước thời gian của cửa sổ huấn luyện được trải ra ở đây (tối đa bằng độ dài cửa sổ). Lượt hiện ra là một cửa sổ ngắn riêng: gradient của nó chỉ là của những bước này.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_panel.cpp" line="144"/>
        <source>Step through BPTT</source>
        <translation>Từng bước BPTT</translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_panel.cpp" line="173"/>
        <source>forward, t = %1</source>
        <translation>lượt xuôi, t = %1</translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_panel.cpp" line="174"/>
        <source>backward, t = %1</source>
        <translation>lượt ngược, t = %1</translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_panel.cpp" line="175"/>
        <source>the cut</source>
        <translation>chỗ cắt</translation>
    </message>
    <message>
        <location filename="../../ui/panels/bptt_panel.cpp" line="203"/>
        <source>The pass of update &lt;b&gt;%1&lt;/b&gt;: %2 steps of stream 0, loss L = (1/%2) &amp;Sigma; L&lt;sub&gt;t&lt;/sub&gt; = &lt;b&gt;%3&lt;/b&gt; nats</source>
        <translation>Lượt của lần cập nhật &lt;b&gt;%1&lt;/b&gt;: %2 bước của luồng 0, mất mát L = (1/%2) &amp;Sigma; L&lt;sub&gt;t&lt;/sub&gt; = &lt;b&gt;%3&lt;/b&gt; nat</translation>
    </message>
</context>
<context>
    <name>rnnscope::ui::CellsPanel</name>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="70"/>
        <source>↵ newline</source>
        <translation>↵ xuống dòng</translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="71"/>
        <source>→ tab</source>
        <translation>→ ký tự tab</translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="72"/>
        <source>␣ space</source>
        <translation>␣ dấu cách</translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="138"/>
        <source>Cells</source>
        <translation>Ô nhớ</translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="147"/>
        <source>The &lt;b&gt;probe text&lt;/b&gt; as the model read it, one character at a time. The colour of each character is the value of the chosen cell &lt;i&gt;j&lt;/i&gt; &lt;b&gt;after reading that character&lt;/b&gt;: &lt;i&gt;h&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&lt;/sub&gt;[&lt;i&gt;j&lt;/i&gt;] (blue &amp;minus;1, white 0, red +1), the LSTM cell state &lt;i&gt;c&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&lt;/sub&gt;[&lt;i&gt;j&lt;/i&gt;] (scaled by its largest |&lt;i&gt;c&lt;/i&gt;|), or a gate in [0, 1] (white = shut, dark = open). Hover over a character for the value and the model&apos;s five best guesses for the next character.&lt;br&gt;&lt;b&gt;Ranking&lt;/b&gt;: every cell is scored by &lt;i&gt;r&lt;/i&gt;, the Pearson correlation of its values with a concept over the text; cells with |&lt;i&gt;r&lt;/i&gt;| near 1 track it (Karpathy, Johnson &amp;amp; Fei-Fei, 2015). Click a row to colour the text by that cell.&lt;br&gt;&lt;b&gt;Gate saturation&lt;/b&gt;: for each gate of each cell, the share of the text where it is almost shut (&amp;lt; 0.1, x) or almost open (&amp;gt; 0.9, y). Dots near the right edge are gates that are nearly always shut; near the top, nearly always open; along the diagonal, switching between the two.</source>
        <translation>&lt;b&gt;Văn bản thăm dò&lt;/b&gt; đúng như mô hình đã đọc, từng ký tự một. Màu của mỗi ký tự là giá trị của ô được chọn &lt;i&gt;j&lt;/i&gt; &lt;b&gt;sau khi đọc ký tự đó&lt;/b&gt;: &lt;i&gt;h&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&lt;/sub&gt;[&lt;i&gt;j&lt;/i&gt;] (xanh dương &amp;minus;1, trắng 0, đỏ +1), trạng thái tế bào (cell state) của LSTM &lt;i&gt;c&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&lt;/sub&gt;[&lt;i&gt;j&lt;/i&gt;] (chia cho |&lt;i&gt;c&lt;/i&gt;| lớn nhất), hoặc một cổng trong [0, 1] (trắng = đóng, đậm = mở). Di chuột lên một ký tự để xem giá trị và năm dự đoán tốt nhất của mô hình cho ký tự tiếp theo.&lt;br&gt;&lt;b&gt;Xếp hạng&lt;/b&gt;: mỗi ô được chấm điểm bằng &lt;i&gt;r&lt;/i&gt;, hệ số tương quan Pearson giữa các giá trị của ô và một khái niệm trên toàn văn bản; các ô có |&lt;i&gt;r&lt;/i&gt;| gần 1 bám theo khái niệm đó (Karpathy, Johnson &amp;amp; Fei-Fei, 2015). Nhấn vào một hàng để tô màu văn bản theo ô đó.&lt;br&gt;&lt;b&gt;Độ bão hòa cổng&lt;/b&gt;: với mỗi cổng của mỗi ô, tỉ lệ văn bản mà tại đó cổng gần như đóng (&amp;lt; 0.1, x) hoặc gần như mở (&amp;gt; 0.9, y). Các chấm gần mép phải là những cổng hầu như luôn đóng; gần mép trên là hầu như luôn mở; dọc theo đường chéo là chuyển qua lại giữa hai trạng thái.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="234"/>
        <source>The cells are ranked against the label once held-out examples are measured: press Play or Step.</source>
        <translation>Các ô sẽ được xếp hạng theo nhãn khi các ví dụ kiểm định đã được đo: hãy nhấn Chạy hoặc Bước.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="236"/>
        <source>This task has no label per example or position to rank cells against; the ranking is for classify and tag tasks.</source>
        <translation>Bài toán này không có nhãn cho từng ví dụ hay từng vị trí để xếp hạng các ô; bảng xếp hạng chỉ dành cho các bài toán phân loại (classify) và gán nhãn (tag).</translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="242"/>
        <source>each held-out example&apos;s last state (what the head reads)</source>
        <translation>trạng thái cuối của mỗi ví dụ kiểm định (thứ mà lớp đầu ra đọc)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="243"/>
        <source>every position of the held-out examples</source>
        <translation>mọi vị trí của các ví dụ kiểm định</translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="245"/>
        <source>Cells ranked by how closely they follow &lt;b&gt;the label is “%1”&lt;/b&gt; over %2, after %3 updates: Pearson r, and AUC, the chance that the cell is higher on an example of that label than on one of another (0.5: no information; near 1 or 0: the cell tells the label apart). Of all labels, this one has the best-following cell.</source>
        <translation>Các ô được xếp hạng theo mức độ bám sát &lt;b&gt;nhãn là “%1”&lt;/b&gt; trên %2, sau %3 lần cập nhật: hệ số Pearson r, và AUC, xác suất để ô có giá trị cao hơn trên một ví dụ mang nhãn đó so với trên một ví dụ mang nhãn khác (0.5: không có thông tin; gần 1 hoặc 0: ô phân biệt được nhãn đó). Trong tất cả các nhãn, nhãn này có ô bám theo tốt nhất.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="258"/>
        <source>Layer:</source>
        <translation>Lớp:</translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="262"/>
        <source>Which recurrent layer. Layer 1 reads the characters; each layer above reads the hidden states of the one below. (Tensor names count from 0: h_l0 is layer 1.)</source>
        <translation>Chọn lớp hồi quy. Lớp 1 đọc các ký tự; mỗi lớp phía trên đọc trạng thái ẩn của lớp bên dưới. (Tên tensor đếm từ 0: h_l0 là lớp 1.)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="265"/>
        <source>Show:</source>
        <translation>Hiển thị:</translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="270"/>
        <source>&lt;b&gt;h&lt;/b&gt;: the hidden state, what the layer passes on. &lt;b&gt;c&lt;/b&gt;: the LSTM&apos;s cell state, its long-term memory. &lt;b&gt;Gates&lt;/b&gt; (sigmoid, 0 = shut, 1 = open) decide what is written, kept and shown; g and n are tanh candidates in [&amp;minus;1, 1].</source>
        <translation>&lt;b&gt;h&lt;/b&gt;: trạng thái ẩn, thứ mà lớp truyền đi. &lt;b&gt;c&lt;/b&gt;: trạng thái tế bào (cell state) của LSTM, bộ nhớ dài hạn của nó. &lt;b&gt;Các cổng&lt;/b&gt; (sigmoid, 0 = đóng, 1 = mở) quyết định điều gì được ghi vào, được giữ lại và được đưa ra; g và n là các ứng viên tanh trong [&amp;minus;1, 1].</translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="274"/>
        <source>Cell:</source>
        <translation>Ô:</translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="278"/>
        <source>Index j of the cell (0 to H&amp;minus;1). Click a row of the ranking to jump to a cell that follows the concept.</source>
        <translation>Chỉ số j của ô (từ 0 đến H&amp;minus;1). Nhấn vào một hàng của bảng xếp hạng để chuyển tới một ô bám theo khái niệm.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="282"/>
        <source>Probe text…</source>
        <translation>Văn bản thăm dò…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="285"/>
        <source>Choose the text the model reads for this view (by default a stretch of the validation text, which it never trained on).</source>
        <translation>Chọn văn bản mà mô hình đọc cho khung này (mặc định là một đoạn của văn bản kiểm định, phần mô hình chưa bao giờ được huấn luyện trên đó).</translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="315"/>
        <source>Run B has no activations yet. Press Play to train; this view fills after the first step.</source>
        <translation>Lượt B chưa có kích hoạt. Nhấn Chạy để huấn luyện; khung này đầy sau bước đầu tiên.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="331"/>
        <source>Connectivity on hover</source>
        <translation>Độ kết nối khi di chuột</translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="403"/>
        <source>its best cells for the same concept. Click a row to colour both texts by that cell.</source>
        <translation>các ô tốt nhất của nó cho cùng khái niệm. Nhấn vào một hàng để tô màu cả hai văn bản theo ô đó.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="662"/>
        <source>largest</source>
        <translation>lớn nhất</translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="667"/>
        <source>Connectivity: how much the prediction after character %1 (%2, the next one is %3) depends on each earlier character, ‖∂L/∂x&lt;sub&gt;k&lt;/sub&gt;‖ relative to the largest, log scale. Weights of step %4.</source>
        <translation>Độ kết nối: dự đoán sau ký tự %1 (%2, ký tự tiếp theo là %3) phụ thuộc bao nhiêu vào từng ký tự trước đó, ‖∂L/∂x&lt;sub&gt;k&lt;/sub&gt;‖ so với giá trị lớn nhất, thang log. Trọng số của bước %4.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="686"/>
        <source>Colour: &lt;b&gt;%1[%2]&lt;/b&gt; (%3) after each character, from %4 to %5 on this text.</source>
        <translation>Màu: &lt;b&gt;%1[%2]&lt;/b&gt; (%3) sau mỗi ký tự, từ %4 đến %5 trên văn bản này.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="953"/>
        <source>the cell you chose, as in A</source>
        <translation>ô bạn đã chọn, như ở A</translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="958"/>
        <source>B&apos;s own best cell for “%1” (choose a cell to see the same one in both runs)</source>
        <translation>ô tốt nhất của chính B cho “%1” (chọn một ô để xem cùng ô đó ở cả hai lượt)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="959"/>
        <source>B has no %1 in layer %2, so its own best cell for “%3”</source>
        <translation>B không có %1 ở lớp %2, nên đây là ô tốt nhất của chính nó cho “%3”</translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="965"/>
        <source>the same cell as A (B has no ranking yet)</source>
        <translation>cùng ô như A (B chưa có xếp hạng)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="979"/>
        <source>, r = %1</source>
        <translation>, r = %1</translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="995"/>
        <source>A&apos;s best cell for “%1”</source>
        <translation>ô tốt nhất của A cho “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="995"/>
        <source>the cell you chose</source>
        <translation>ô bạn đã chọn</translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="329"/>
        <source>A green bar under each character where the chosen concept is true (for yes/no concepts), so you can compare it with the colours.</source>
        <translation>Một vạch xanh lá dưới mỗi ký tự mà tại đó khái niệm được chọn là đúng (với các khái niệm có/không), để bạn so sánh với các màu.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="353"/>
        <source>Concept:</source>
        <translation>Khái niệm:</translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="357"/>
        <source>A property of each position in the text that a reader keeps track of. The ranking lists the cells whose values follow it most closely.</source>
        <translation>Một thuộc tính của mỗi vị trí trong văn bản mà người đọc phải nắm được. Bảng xếp hạng liệt kê những ô có giá trị bám sát thuộc tính đó nhất.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="361"/>
        <source>regular expression…</source>
        <translation>biểu thức chính quy…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="366"/>
        <source>e.g. [0-9]+</source>
        <translation>vd. [0-9]+</translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="367"/>
        <source>An ECMAScript regular expression: the concept is 1 on every character inside a match, 0 elsewhere. Press Enter to rank the cells.</source>
        <translation>Một biểu thức chính quy ECMAScript: khái niệm bằng 1 tại mọi ký tự nằm trong một đoạn khớp, bằng 0 ở chỗ khác. Nhấn Enter để xếp hạng các ô.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="429"/>
        <source>Tensor</source>
        <translation>Đại lượng</translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="429"/>
        <source>Cell</source>
        <translation>Ô</translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="429"/>
        <source>r</source>
        <translation>r</translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="429"/>
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="431"/>
        <source>Which recorded quantity: h_l0 = hidden state of layer 1, c_l0 = its cell state, f_l0 = its forget gate, ... (layers counted from 0, as PyTorch names them)</source>
        <translation>Đại lượng được ghi lại: h_l0 = trạng thái ẩn của lớp 1, c_l0 = trạng thái tế bào (cell state) của lớp đó, f_l0 = cổng quên của lớp đó, ... (lớp đếm từ 0, theo cách PyTorch đặt tên)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="433"/>
        <source>Index j of the cell within its layer</source>
        <translation>Chỉ số j của ô trong lớp của nó</translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="434"/>
        <source>Pearson correlation of the cell&apos;s values with the concept over the probe text: +1 rises with it, −1 falls with it, 0 unrelated</source>
        <translation>Hệ số tương quan Pearson giữa các giá trị của ô và khái niệm trên văn bản thăm dò: +1 là tăng theo khái niệm, −1 là giảm theo khái niệm, 0 là không liên quan</translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="436"/>
        <source>For yes/no concepts: the chance that the cell is higher at a random position where the concept holds than at one where it does not (0.5 = no information, 1 or 0 = a perfect detector)</source>
        <translation>Với các khái niệm có/không: xác suất để ô có giá trị cao hơn tại một vị trí ngẫu nhiên mà khái niệm đúng so với tại một vị trí mà khái niệm sai (0.5 = không có thông tin, 1 hoặc 0 = bộ phát hiện hoàn hảo)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="195"/>
        <location filename="../../ui/panels/cells_panel.cpp" line="889"/>
        <source>Gate saturation</source>
        <translation>Độ bão hòa cổng</translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="474"/>
        <source>chosen cell</source>
        <translation>ô được chọn</translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="325"/>
        <source>Underline the concept</source>
        <translation>Gạch chân khái niệm</translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="194"/>
        <source>Cells that follow a concept</source>
        <translation>Các ô bám theo một khái niệm</translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="450"/>
        <source>A vanilla RNN has no gates: its state is rewritten at every step. Choose an LSTM or GRU in “Model and training” to see gate saturation.</source>
        <translation>RNN thuần không có cổng: trạng thái của nó bị ghi đè ở mỗi bước. Hãy chọn LSTM hoặc GRU trong “Mô hình và huấn luyện” để xem độ bão hòa cổng.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="468"/>
        <source>share of the text shut (gate &amp;lt; 0.1)</source>
        <translation>tỉ lệ vị trí có cổng đóng (&amp;lt; 0.1)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="469"/>
        <source>share open (gate &amp;gt; 0.9)</source>
        <translation>tỉ lệ cổng mở (cổng &amp;gt; 0.9)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="488"/>
        <source>One dot per cell and gate. Click a dot to colour the text by that gate of that cell.</source>
        <translation>Mỗi chấm là một cổng của một ô. Nhấn vào một chấm để tô màu văn bản theo cổng đó của ô đó.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="196"/>
        <source>For each gate of each cell: how much of the text it spends almost shut (x) and almost open (y).</source>
        <translation>Với mỗi cổng của mỗi ô: bao nhiêu phần văn bản mà cổng gần như đóng (x) và gần như mở (y).</translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="335"/>
        <source>Hover a character: every earlier character is coloured by ‖∂L/∂x&lt;sub&gt;k&lt;/sub&gt;‖, how much the prediction made after the hovered character depends on the input at k (Distill&apos;s connectivity), on a log scale from the most influential character down to four decades below it.</source>
        <translation>Di chuột lên một ký tự: mọi ký tự trước đó được tô màu theo ‖∂L/∂x&lt;sub&gt;k&lt;/sub&gt;‖, tức là dự đoán đưa ra sau ký tự đang trỏ phụ thuộc bao nhiêu vào đầu vào tại k (độ kết nối của Distill), theo thang log từ ký tự ảnh hưởng nhất xuống bốn bậc mười dưới nó.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="677"/>
        <location filename="../../ui/panels/cells_panel.cpp" line="977"/>
        <source>This model has no %1 in layer %2.</source>
        <translation>Mô hình này không có %1 ở lớp %2.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="703"/>
        <source>0 shut</source>
        <translation>0 đóng</translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="703"/>
        <source>1 open</source>
        <translation>1 mở</translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="706"/>
        <source> (max |c|)</source>
        <translation> (|c| lớn nhất)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="692"/>
        <source> r = &lt;b&gt;%1&lt;/b&gt; with “%2”.</source>
        <translation> r = &lt;b&gt;%1&lt;/b&gt; với “%2”.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="719"/>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;(character %2 of %3)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;(ký tự %2 trên %3)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="725"/>
        <source>%1[%2] after reading it: &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>%1[%2] sau khi đọc ký tự này: &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="108"/>
        <source>The model&apos;s guesses for the next character:</source>
        <translation>Các dự đoán của mô hình cho ký tự tiếp theo:</translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="116"/>
        <source>&amp;nbsp;&amp;larr; what came next</source>
        <translation>&amp;nbsp;&amp;larr; ký tự thực sự theo sau</translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="738"/>
        <source>A green bar under each character where the concept holds, to compare with the colours.</source>
        <translation>Một vạch xanh lá dưới mỗi ký tự mà tại đó khái niệm đúng, để so sánh với các màu.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="740"/>
        <source>Only yes/no concepts (quotation, comment, string, if-condition, regular expressions) can be underlined.</source>
        <translation>Chỉ các khái niệm có/không (ngoặc kép, chú thích, chuỗi, điều kiện if, biểu thức chính quy) mới gạch chân được.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="789"/>
        <source>No ranking yet for “%1”.</source>
        <translation>Chưa có xếp hạng cho “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="790"/>
        <source>Cells that best follow “&lt;b&gt;%1&lt;/b&gt;”, strongest |r| first. Click a row to colour the text by that cell.</source>
        <translation>Các ô bám theo “&lt;b&gt;%1&lt;/b&gt;” tốt nhất, |r| mạnh nhất trước. Nhấn vào một hàng để tô màu văn bản theo ô đó.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="809"/>
        <source>, layer %1</source>
        <translation>, lớp %1</translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="889"/>
        <source>Gate saturation, layer %1</source>
        <translation>Độ bão hòa cổng, lớp %1</translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="914"/>
        <source>Probe text</source>
        <translation>Văn bản thăm dò</translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="916"/>
        <source>The model reads this text from a zero state; the Cells view colours it character by character. Characters the model has never seen are read as spaces.</source>
        <translation>Mô hình đọc văn bản này từ trạng thái 0; khung Ô nhớ tô màu nó theo từng ký tự. Các ký tự mà mô hình chưa từng gặp được đọc như dấu cách.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="925"/>
        <source>Use this text</source>
        <translation>Dùng văn bản này</translation>
    </message>
    <message>
        <location filename="../../ui/panels/cells_panel.cpp" line="926"/>
        <source>Use the validation text</source>
        <translation>Dùng văn bản kiểm định</translation>
    </message>
</context>
<context>
    <name>rnnscope::ui::ChartExport</name>
    <message>
        <location filename="../../ui/chart_export.cpp" line="118"/>
        <source>Could not write %1: %2.</source>
        <translation>Không ghi được %1: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/chart_export.cpp" line="137"/>
        <source>Save text as PNG…</source>
        <translation>Lưu văn bản thành PNG…</translation>
    </message>
    <message>
        <location filename="../../ui/chart_export.cpp" line="137"/>
        <source>Save chart as PNG…</source>
        <translation>Lưu biểu đồ thành PNG…</translation>
    </message>
    <message>
        <location filename="../../ui/chart_export.cpp" line="138"/>
        <source>Save text as SVG…</source>
        <translation>Lưu văn bản thành SVG…</translation>
    </message>
    <message>
        <location filename="../../ui/chart_export.cpp" line="138"/>
        <source>Save chart as SVG…</source>
        <translation>Lưu biểu đồ thành SVG…</translation>
    </message>
    <message>
        <location filename="../../ui/chart_export.cpp" line="139"/>
        <source>Save text as HTML…</source>
        <translation>Lưu văn bản thành HTML…</translation>
    </message>
    <message>
        <location filename="../../ui/chart_export.cpp" line="139"/>
        <source>Save data as CSV…</source>
        <translation>Lưu dữ liệu thành CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/chart_export.cpp" line="140"/>
        <source>Copy text as picture</source>
        <translation>Sao chép văn bản thành ảnh</translation>
    </message>
    <message>
        <location filename="../../ui/chart_export.cpp" line="140"/>
        <source>Copy chart</source>
        <translation>Sao chép biểu đồ</translation>
    </message>
    <message>
        <location filename="../../ui/chart_export.cpp" line="159"/>
        <source>SVG size</source>
        <translation>Kích thước SVG</translation>
    </message>
    <message>
        <location filename="../../ui/chart_export.cpp" line="159"/>
        <source>PNG size</source>
        <translation>Kích thước PNG</translation>
    </message>
    <message>
        <location filename="../../ui/chart_export.cpp" line="165"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../../ui/chart_export.cpp" line="170"/>
        <source>Width:</source>
        <translation>Chiều rộng:</translation>
    </message>
    <message>
        <location filename="../../ui/chart_export.cpp" line="171"/>
        <source>Height:</source>
        <translation>Chiều cao:</translation>
    </message>
    <message>
        <location filename="../../ui/chart_export.cpp" line="174"/>
        <source>1× (as on screen)</source>
        <translation>1× (như trên màn hình)</translation>
    </message>
    <message>
        <location filename="../../ui/chart_export.cpp" line="175"/>
        <source>2× (sharp on slides)</source>
        <translation>2× (sắc nét trên slide)</translation>
    </message>
    <message>
        <location filename="../../ui/chart_export.cpp" line="177"/>
        <source>Scale:</source>
        <translation>Tỉ lệ:</translation>
    </message>
    <message>
        <location filename="../../ui/chart_export.cpp" line="189"/>
        <source>Export</source>
        <translation>Xuất</translation>
    </message>
    <message>
        <location filename="../../ui/chart_export.cpp" line="196"/>
        <source>Export failed</source>
        <translation>Không xuất được</translation>
    </message>
    <message>
        <location filename="../../ui/chart_export.cpp" line="202"/>
        <source>SVG pictures (*.svg)</source>
        <translation>Ảnh SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../../ui/chart_export.cpp" line="203"/>
        <source>PNG pictures (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../ui/chart_export.cpp" line="210"/>
        <source>Web pages (*.html)</source>
        <translation>Trang web (*.html)</translation>
    </message>
    <message>
        <location filename="../../ui/chart_export.cpp" line="211"/>
        <source>CSV tables (*.csv)</source>
        <translation>Bảng CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/chart_export.cpp" line="311"/>
        <source>the PNG encoder failed</source>
        <translation>bộ mã hoá PNG bị lỗi</translation>
    </message>
    <message>
        <location filename="../../ui/chart_export.cpp" line="326"/>
        <source>the SVG writer failed</source>
        <translation>bộ ghi SVG bị lỗi</translation>
    </message>
    <message>
        <location filename="../../ui/chart_export.cpp" line="396"/>
        <source>E&amp;xport chart</source>
        <translation>&amp;Xuất biểu đồ</translation>
    </message>
    <message>
        <location filename="../../ui/chart_export.cpp" line="405"/>
        <source>Acts on the chart under the pointer, else on the chart last clicked.</source>
        <translation>Áp dụng cho biểu đồ dưới con trỏ chuột, nếu không có thì cho biểu đồ được nhấp gần nhất.</translation>
    </message>
</context>
<context>
    <name>rnnscope::ui::Comparison</name>
    <message>
        <location filename="../../ui/comparison.cpp" line="19"/>
        <source>Could not create a temporary folder for run B: %1</source>
        <translation>Không thể tạo thư mục tạm cho lượt B: %1</translation>
    </message>
</context>
<context>
    <name>rnnscope::ui::GradientFlowPanel</name>
    <message>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="178"/>
        <source>Gradient at each timestep</source>
        <translation>Gradient tại mỗi bước thời gian</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="180"/>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="339"/>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="345"/>
        <source>timestep k</source>
        <translation>bước thời gian k</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="182"/>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="185"/>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="554"/>
        <source>‖∂L/∂h_k‖</source>
        <translation>‖∂L/∂h_k‖</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="186"/>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="555"/>
        <source>‖∂L/∂c_k‖</source>
        <translation>‖∂L/∂c_k‖</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="200"/>
        <source>Last loss vs distance</source>
        <translation>Mất mát cuối theo khoảng cách</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="202"/>
        <source>d = T−1−k</source>
        <translation>d = T−1−k</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="204"/>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="207"/>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="628"/>
        <source>‖∂L_T/∂h_k‖</source>
        <translation>‖∂L_T/∂h_k‖</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="250"/>
        <source>horizon of each loss (last window)</source>
        <translation>tầm với của từng mất mát (cửa sổ cuối)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="339"/>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="345"/>
        <source>training step</source>
        <translation>bước huấn luyện</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="339"/>
        <source>‖∂L/∂h_k‖ (log scale)</source>
        <translation>‖∂L/∂h_k‖ (thang log)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="278"/>
        <source>training step %1, timestep k = %2: ‖∂L/∂h_k‖ = %3</source>
        <translation>bước huấn luyện %1, bước thời gian k = %2: ‖∂L/∂h_k‖ = %3</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="208"/>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="629"/>
        <source>‖∂L_T/∂c_k‖</source>
        <translation>‖∂L_T/∂c_k‖</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="212"/>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="626"/>
        <source>(γλ)^d bound (vanilla RNN)</source>
        <translation>cận (γλ)^d (RNN thuần)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="243"/>
        <source>Heat map:</source>
        <translation>Bản đồ nhiệt:</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="248"/>
        <source>last loss, relative to the last position</source>
        <translation>mất mát cuối, so với vị trí cuối</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="249"/>
        <source>total loss</source>
        <translation>tổng mất mát</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="354"/>
        <source>&lt;b&gt;Backpropagation through time&lt;/b&gt; carries the gradient from each loss back to earlier states. One step back multiplies it by a Jacobian, for a tanh RNN &amp;part;&lt;i&gt;h&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&lt;/sub&gt;/&amp;part;&lt;i&gt;h&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&amp;minus;1&lt;/sub&gt; = diag(1 &amp;minus; &lt;i&gt;h&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&lt;/sub&gt;&lt;sup&gt;2&lt;/sup&gt;) &lt;i&gt;W&lt;/i&gt;&lt;sub&gt;hh&lt;/sub&gt;. For a &lt;b&gt;vanilla RNN&lt;/b&gt;, over &lt;i&gt;t&lt;/i&gt; &amp;minus; &lt;i&gt;k&lt;/i&gt; steps ‖&amp;prod; Jacobians‖ &amp;le; (&amp;gamma;&amp;lambda;)&lt;sup&gt;&lt;i&gt;t&lt;/i&gt;&amp;minus;&lt;i&gt;k&lt;/i&gt;&lt;/sup&gt;, with &amp;gamma; = max |act&amp;prime;| = 1 (tanh) and &amp;lambda; = &amp;sigma;&lt;sub&gt;max&lt;/sub&gt;(&lt;i&gt;W&lt;/i&gt;&lt;sub&gt;hh&lt;/sub&gt;): when &amp;gamma;&amp;lambda; &amp;lt; 1 a distant signal must vanish. In a stack this bounds the top layer&apos;s gradient only: a lower layer&apos;s gradient also comes back through the layers above.&lt;br&gt;&lt;b&gt;Left:&lt;/b&gt; ‖&amp;part;&lt;i&gt;L&lt;/i&gt;/&amp;part;&lt;i&gt;h&lt;/i&gt;&lt;sub&gt;&lt;i&gt;k&lt;/i&gt;&lt;/sub&gt;‖ at every timestep &lt;i&gt;k&lt;/i&gt; of the last window (&lt;i&gt;L&lt;/i&gt; = the window&apos;s loss, the mean over its &lt;i&gt;B&lt;/i&gt; streams and &lt;i&gt;T&lt;/i&gt; steps; LSTM also the cell state &lt;i&gt;c&lt;/i&gt;). &lt;b&gt;Right:&lt;/b&gt; the gradient of the last position&apos;s loss alone against the distance &lt;i&gt;d&lt;/i&gt; = &lt;i&gt;T&lt;/i&gt;&amp;minus;1&amp;minus;&lt;i&gt;k&lt;/i&gt; (LSTM also ‖&amp;part;&lt;i&gt;L&lt;/i&gt;&lt;sub&gt;&lt;i&gt;T&lt;/i&gt;&lt;/sub&gt;/&amp;part;&lt;i&gt;c&lt;/i&gt;&lt;sub&gt;&lt;i&gt;k&lt;/i&gt;&lt;/sub&gt;‖, the cell-state highway). For a vanilla RNN the dashed line is the bound (&amp;gamma;&amp;lambda;)&lt;sup&gt;&lt;i&gt;d&lt;/i&gt;&lt;/sup&gt; scaled to start at the measured value at &lt;i&gt;d&lt;/i&gt; = 0. An LSTM or GRU is not held to it: its state also travels along a gated path, &amp;part;&lt;i&gt;c&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&lt;/sub&gt;/&amp;part;&lt;i&gt;c&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&amp;minus;1&lt;/sub&gt; = diag(&lt;i&gt;f&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&lt;/sub&gt;) (GRU: diag(&lt;i&gt;z&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&lt;/sub&gt;) in PyTorch&apos;s form, diag(1 &amp;minus; &lt;i&gt;z&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&lt;/sub&gt;) in the course notes&apos;), untouched by &amp;gamma; = 1/4. That path&apos;s own gain over &lt;i&gt;d&lt;/i&gt; steps is drawn instead, ‖&amp;prod; &lt;i&gt;f&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&lt;/sub&gt;‖ for the largest cell and, dashed, the median cell, scaled to start at the gradient of the state it carries.&lt;br&gt;&lt;b&gt;Bottom:&lt;/b&gt; one row per training step. By default the colour is log&lt;sub&gt;10&lt;/sub&gt; of ‖&amp;part;&lt;i&gt;L&lt;/i&gt;&lt;sub&gt;&lt;i&gt;T&lt;/i&gt;&lt;/sub&gt;/&amp;part;&lt;i&gt;h&lt;/i&gt;&lt;sub&gt;&lt;i&gt;k&lt;/i&gt;&lt;/sub&gt;‖ &amp;divide; ‖&amp;part;&lt;i&gt;L&lt;/i&gt;&lt;sub&gt;&lt;i&gt;T&lt;/i&gt;&lt;/sub&gt;/&amp;part;&lt;i&gt;h&lt;/i&gt;&lt;sub&gt;&lt;i&gt;T&lt;/i&gt;&amp;minus;1&lt;/sub&gt;‖, the share of the last loss&apos;s gradient that reaches timestep &lt;i&gt;k&lt;/i&gt;: vanishing shows as a dark left side that appears, or heals, over training. The other view, the total loss&apos;s ‖&amp;part;&lt;i&gt;L&lt;/i&gt;/&amp;part;&lt;i&gt;h&lt;/i&gt;&lt;sub&gt;&lt;i&gt;k&lt;/i&gt;&lt;/sub&gt;‖, stays flat whatever happens, because every timestep gets the gradient of its own nearby losses. The third view, the &lt;b&gt;horizon of each loss&lt;/b&gt;, takes the last window apart: one row per source loss &lt;i&gt;L&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&lt;/sub&gt; (the loss at step &lt;i&gt;t&lt;/i&gt; alone), one column per timestep &lt;i&gt;k&lt;/i&gt; &amp;le; &lt;i&gt;t&lt;/i&gt;, coloured by ‖&amp;part;&lt;i&gt;L&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&lt;/sub&gt;/&amp;part;&lt;i&gt;h&lt;/i&gt;&lt;sub&gt;&lt;i&gt;k&lt;/i&gt;&lt;/sub&gt;‖, for stream 0 of the batch. Its last row is the right chart&apos;s curve. The gradient of the stream&apos;s total loss is the sum of the rows&apos; &lt;i&gt;vectors&lt;/i&gt;, not of their norms; the left chart shows the same for the mean loss over all streams and steps (1/(B&amp;middot;T) of the sum).</source>
        <translation>&lt;b&gt;Lan truyền ngược theo thời gian&lt;/b&gt; đưa gradient từ mỗi hàm mất mát ngược về các trạng thái trước đó. Mỗi bước lùi nhân gradient với một ma trận Jacobi, với RNN tanh là &amp;part;&lt;i&gt;h&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&lt;/sub&gt;/&amp;part;&lt;i&gt;h&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&amp;minus;1&lt;/sub&gt; = diag(1 &amp;minus; &lt;i&gt;h&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&lt;/sub&gt;&lt;sup&gt;2&lt;/sup&gt;) &lt;i&gt;W&lt;/i&gt;&lt;sub&gt;hh&lt;/sub&gt;. Với &lt;b&gt;RNN thuần&lt;/b&gt;, qua &lt;i&gt;t&lt;/i&gt; &amp;minus; &lt;i&gt;k&lt;/i&gt; bước, ‖&amp;prod; Jacobi‖ &amp;le; (&amp;gamma;&amp;lambda;)&lt;sup&gt;&lt;i&gt;t&lt;/i&gt;&amp;minus;&lt;i&gt;k&lt;/i&gt;&lt;/sup&gt;, với &amp;gamma; = max |act&amp;prime;| = 1 (tanh) và &amp;lambda; = &amp;sigma;&lt;sub&gt;max&lt;/sub&gt;(&lt;i&gt;W&lt;/i&gt;&lt;sub&gt;hh&lt;/sub&gt;): khi &amp;gamma;&amp;lambda; &amp;lt; 1, tín hiệu từ xa chắc chắn tiêu biến. Trong một chồng nhiều lớp, cận này chỉ áp dụng cho gradient của lớp trên cùng: gradient của một lớp bên dưới còn quay về qua các lớp phía trên.&lt;br&gt;&lt;b&gt;Trái:&lt;/b&gt; ‖&amp;part;&lt;i&gt;L&lt;/i&gt;/&amp;part;&lt;i&gt;h&lt;/i&gt;&lt;sub&gt;&lt;i&gt;k&lt;/i&gt;&lt;/sub&gt;‖ tại mọi bước thời gian &lt;i&gt;k&lt;/i&gt; của cửa sổ cuối (&lt;i&gt;L&lt;/i&gt; = mất mát của cửa sổ, trung bình trên &lt;i&gt;B&lt;/i&gt; luồng và &lt;i&gt;T&lt;/i&gt; bước của nó; với LSTM có thêm trạng thái tế bào (cell state) &lt;i&gt;c&lt;/i&gt;). &lt;b&gt;Phải:&lt;/b&gt; riêng gradient của hàm mất mát tại vị trí cuối, theo khoảng cách &lt;i&gt;d&lt;/i&gt; = &lt;i&gt;T&lt;/i&gt;&amp;minus;1&amp;minus;&lt;i&gt;k&lt;/i&gt; (với LSTM có thêm ‖&amp;part;&lt;i&gt;L&lt;/i&gt;&lt;sub&gt;&lt;i&gt;T&lt;/i&gt;&lt;/sub&gt;/&amp;part;&lt;i&gt;c&lt;/i&gt;&lt;sub&gt;&lt;i&gt;k&lt;/i&gt;&lt;/sub&gt;‖, đường cao tốc qua trạng thái tế bào). Với RNN thuần, đường nét đứt là cận (&amp;gamma;&amp;lambda;)&lt;sup&gt;&lt;i&gt;d&lt;/i&gt;&lt;/sup&gt;, được co giãn để bắt đầu tại giá trị đo được ở &lt;i&gt;d&lt;/i&gt; = 0. LSTM hay GRU không bị cận này ràng buộc: trạng thái của chúng còn đi theo một đường qua cổng, &amp;part;&lt;i&gt;c&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&lt;/sub&gt;/&amp;part;&lt;i&gt;c&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&amp;minus;1&lt;/sub&gt; = diag(&lt;i&gt;f&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&lt;/sub&gt;) (GRU: diag(&lt;i&gt;z&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&lt;/sub&gt;) theo dạng của PyTorch, diag(1 &amp;minus; &lt;i&gt;z&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&lt;/sub&gt;) theo dạng trong giáo trình), không bị &amp;gamma; = 1/4 làm suy giảm. Thay vào đó, hệ số khuếch đại riêng của đường này qua &lt;i&gt;d&lt;/i&gt; bước được vẽ ra: ‖&amp;prod; &lt;i&gt;f&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&lt;/sub&gt;‖ cho ô lớn nhất và, bằng nét đứt, cho ô trung vị, được co giãn để bắt đầu tại gradient của trạng thái mà đường đó mang theo.&lt;br&gt;&lt;b&gt;Dưới:&lt;/b&gt; mỗi hàng là một bước huấn luyện. Mặc định, màu là log&lt;sub&gt;10&lt;/sub&gt; của ‖&amp;part;&lt;i&gt;L&lt;/i&gt;&lt;sub&gt;&lt;i&gt;T&lt;/i&gt;&lt;/sub&gt;/&amp;part;&lt;i&gt;h&lt;/i&gt;&lt;sub&gt;&lt;i&gt;k&lt;/i&gt;&lt;/sub&gt;‖ &amp;divide; ‖&amp;part;&lt;i&gt;L&lt;/i&gt;&lt;sub&gt;&lt;i&gt;T&lt;/i&gt;&lt;/sub&gt;/&amp;part;&lt;i&gt;h&lt;/i&gt;&lt;sub&gt;&lt;i&gt;T&lt;/i&gt;&amp;minus;1&lt;/sub&gt;‖, tức phần gradient của mất mát cuối đến được bước thời gian &lt;i&gt;k&lt;/i&gt;: hiện tượng tiêu biến hiện ra thành một vùng tối bên trái, xuất hiện hoặc được khắc phục dần qua quá trình huấn luyện. Chế độ xem còn lại, ‖&amp;part;&lt;i&gt;L&lt;/i&gt;/&amp;part;&lt;i&gt;h&lt;/i&gt;&lt;sub&gt;&lt;i&gt;k&lt;/i&gt;&lt;/sub&gt;‖ của tổng mất mát, luôn phẳng dù có chuyện gì xảy ra, vì mỗi bước thời gian đều nhận gradient từ chính các mất mát ở gần nó. Chế độ xem thứ ba, &lt;b&gt;tầm với của từng mất mát&lt;/b&gt;, tách cửa sổ cuối ra: mỗi hàng là một mất mát nguồn &lt;i&gt;L&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&lt;/sub&gt; (riêng mất mát tại bước &lt;i&gt;t&lt;/i&gt;), mỗi cột là một bước thời gian &lt;i&gt;k&lt;/i&gt; &amp;le; &lt;i&gt;t&lt;/i&gt;, tô màu theo ‖&amp;part;&lt;i&gt;L&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&lt;/sub&gt;/&amp;part;&lt;i&gt;h&lt;/i&gt;&lt;sub&gt;&lt;i&gt;k&lt;/i&gt;&lt;/sub&gt;‖, cho luồng 0 của lô. Hàng cuối của nó là đường cong ở biểu đồ bên phải. Gradient của tổng mất mát của luồng là tổng các &lt;i&gt;vectơ&lt;/i&gt; của các hàng, không phải tổng các chuẩn của chúng; biểu đồ bên trái cho thấy cùng điều đó với mất mát trung bình trên mọi luồng và mọi bước (1/(B&amp;middot;T) của tổng).</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="251"/>
        <source>&lt;b&gt;last loss, relative&lt;/b&gt;: ‖∂L_T/∂h_k‖ ÷ ‖∂L_T/∂h_(T−1)‖, how much of the last position&apos;s gradient reaches timestep k; vanishing shows as a dark left side.&lt;br&gt;&lt;b&gt;total loss&lt;/b&gt;: ‖∂L/∂h_k‖ of the window&apos;s loss (all its losses); every timestep gets its own nearby losses&apos; gradient, so this stays flat even while distant signals vanish.&lt;br&gt;&lt;b&gt;horizon of each loss&lt;/b&gt;: the last window only, one row per source loss L_t and one column per timestep k ≤ t: how far back each loss&apos;s own gradient reaches.</source>
        <translation>&lt;b&gt;mất mát cuối, tương đối&lt;/b&gt;: ‖∂L_T/∂h_k‖ ÷ ‖∂L_T/∂h_(T−1)‖, phần gradient của vị trí cuối đến được bước thời gian k; hiện tượng tiêu biến hiện ra thành một vùng tối bên trái.&lt;br&gt;&lt;b&gt;tổng mất mát&lt;/b&gt;: ‖∂L/∂h_k‖ của mất mát của cửa sổ (mọi mất mát của nó); mỗi bước thời gian đều nhận gradient từ chính các mất mát ở gần nó, nên đại lượng này luôn phẳng ngay cả khi tín hiệu từ xa tiêu biến.&lt;br&gt;&lt;b&gt;tầm với của từng mất mát&lt;/b&gt;: chỉ cửa sổ cuối, mỗi hàng là một mất mát nguồn L_t và mỗi cột là một bước thời gian k ≤ t: gradient riêng của mỗi mất mát vươn ngược về được bao xa.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="104"/>
        <source>encoder → decoder</source>
        <translation>encoder → decoder</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="279"/>
        <source>training step %1, timestep k = %2: ‖∂L_T/∂h_k‖ ÷ ‖∂L_T/∂h_(T−1)‖ = %3</source>
        <translation>bước huấn luyện %1, bước thời gian k = %2: ‖∂L_T/∂h_k‖ ÷ ‖∂L_T/∂h_(T−1)‖ = %3</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="281"/>
        <source>Each row is one training step (oldest at the top), each column a timestep of its window. Dark = the gradient barely reaches that timestep.</source>
        <translation>Mỗi hàng là một bước huấn luyện (cũ nhất ở trên cùng), mỗi cột là một bước thời gian trong cửa sổ của bước đó. Tối = gradient hầu như không tới được bước thời gian đó.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="334"/>
        <source>%1 — run A</source>
        <translation>%1 — lượt A</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="336"/>
        <source>rows: each loss of the last window; columns: the timesteps its gradient reaches</source>
        <translation>hàng: từng mất mát của cửa sổ cuối; cột: các bước thời gian mà gradient của nó vươn tới</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="338"/>
        <source>‖∂L/∂h_k‖ over training (total loss)</source>
        <translation>‖∂L/∂h_k‖ qua quá trình huấn luyện (tổng mất mát)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="341"/>
        <source>sum of all the window&apos;s losses: flat by design</source>
        <translation>tổng mọi mất mát trong cửa sổ: phẳng theo thiết kế</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="342"/>
        <source>the whole loss of the batch&apos;s scored outputs</source>
        <translation>toàn bộ mất mát trên các đầu ra được tính mất mát của lô</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="344"/>
        <source>Last loss&apos;s gradient relative to the last position, over training</source>
        <translation>Gradient của mất mát cuối so với vị trí cuối, qua quá trình huấn luyện</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="345"/>
        <source>relative to k = T−1 (log scale)</source>
        <translation>so với k = T−1 (thang log)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="346"/>
        <source>share of the last loss&apos;s gradient that reaches k: dark = vanished</source>
        <translation>phần gradient của mất mát cuối đến được k: tối = đã tiêu biến</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="350"/>
        <source>Gradient flow</source>
        <translation>Luồng gradient</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="385"/>
        <source>&lt;br&gt;&lt;b&gt;Sequence to sequence:&lt;/b&gt; one window holds two networks on one time axis. Timesteps 0&amp;ndash;%1 are the &lt;b&gt;encoder&lt;/b&gt; reading the source; from timestep %2 on (the dashed line, &lt;i&gt;encoder &amp;rarr; decoder&lt;/i&gt;) the &lt;b&gt;decoder&lt;/b&gt; writes the output, started from the encoder&apos;s last state. Every loss is the decoder&apos;s, so the encoder&apos;s gradient arrives only through that one hand-over state: a long source must be squeezed into it, and its first words are the farthest from every loss.</source>
        <translation>&lt;br&gt;&lt;b&gt;Chuỗi sang chuỗi (seq2seq):&lt;/b&gt; một cửa sổ chứa hai mạng trên cùng một trục thời gian. Các bước thời gian 0&amp;ndash;%1 là &lt;b&gt;encoder&lt;/b&gt; (bộ mã hoá) đọc chuỗi nguồn; từ bước thời gian %2 trở đi (đường nét đứt, &lt;i&gt;encoder &amp;rarr; decoder&lt;/i&gt;), &lt;b&gt;decoder&lt;/b&gt; (bộ giải mã) viết đầu ra, khởi đầu từ trạng thái cuối của encoder. Mọi mất mát đều thuộc về decoder, nên gradient của encoder chỉ đến được qua đúng một trạng thái chuyển giao đó: một chuỗi nguồn dài phải được nén vào trạng thái này, và những từ đầu tiên của nó nằm xa mọi mất mát nhất.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="619"/>
        <source>&lt;b&gt;A&lt;/b&gt;: %1 &amp;nbsp;·&amp;nbsp; &lt;b&gt;B&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;A&lt;/b&gt;: %1 &amp;nbsp;·&amp;nbsp; &lt;b&gt;B&lt;/b&gt;: %2</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="626"/>
        <source>(γλ)^d, not a bound below the top layer</source>
        <translation>(γλ)^d, không phải cận cho các lớp dưới lớp trên cùng</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="644"/>
        <source>%1 &amp;nbsp;·&amp;nbsp; T = %2</source>
        <translation>%1 &amp;nbsp;·&amp;nbsp; T = %2</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="646"/>
        <source> (encoder: timesteps 0–%1, decoder: from %2)</source>
        <translation> (encoder: bước thời gian 0–%1, decoder: từ %2)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="654"/>
        <source> (not a bound below the top layer: the gradient also comes back through the layers above)</source>
        <translation> (không phải cận cho các lớp dưới lớp trên cùng: gradient còn quay về qua các lớp phía trên)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="668"/>
        <source> &amp;nbsp;·&amp;nbsp; %1 over %2 steps: &lt;b&gt;%3&lt;/b&gt; (median cell %4)</source>
        <translation> &amp;nbsp;·&amp;nbsp; %1 qua %2 bước: &lt;b&gt;%3&lt;/b&gt; (ô trung vị %4)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="680"/>
        <source>no window yet</source>
        <translation>chưa có cửa sổ nào</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="681"/>
        <source>last loss&apos;s gradient ×&lt;b&gt;%1&lt;/b&gt; after %2 steps back</source>
        <translation>gradient của mất mát cuối ×&lt;b&gt;%1&lt;/b&gt; sau %2 bước lùi</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="683"/>
        <source>, γλ = &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>, γλ = &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="656"/>
        <source> (&amp;lt; 1: must vanish)</source>
        <translation> (&amp;lt; 1: chắc chắn tiêu biến)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="656"/>
        <source> (≥ 1: bound allows growth)</source>
        <translation> (≥ 1: cận cho phép tăng)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="658"/>
        <source> &amp;nbsp;·&amp;nbsp; ρ = %1 ≤ λ = σ_max</source>
        <translation> &amp;nbsp;·&amp;nbsp; ρ = %1 ≤ λ = σ_max</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="661"/>
        <source> &amp;nbsp;·&amp;nbsp; last loss&apos;s gradient ×&lt;b&gt;%1&lt;/b&gt; after %2 steps back</source>
        <translation> &amp;nbsp;·&amp;nbsp; gradient của mất mát cuối ×&lt;b&gt;%1&lt;/b&gt; sau %2 bước lùi</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_flow_panel.cpp" line="649"/>
        <source> &amp;nbsp;·&amp;nbsp; γλ = %1 × %2 = &lt;b&gt;%3&lt;/b&gt;</source>
        <translation> &amp;nbsp;·&amp;nbsp; γλ = %1 × %2 = &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>rnnscope::ui::GradientHorizonView</name>
    <message>
        <location filename="../../ui/panels/gradient_horizon_view.cpp" line="48"/>
        <source>How far back each loss&apos;s gradient reaches</source>
        <translation>Gradient của từng mất mát vươn ngược về bao xa</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_horizon_view.cpp" line="49"/>
        <location filename="../../ui/panels/gradient_horizon_view.cpp" line="99"/>
        <source>timestep k</source>
        <translation>bước thời gian k</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_horizon_view.cpp" line="49"/>
        <source>source loss L_t</source>
        <translation>mất mát nguồn L_t</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_horizon_view.cpp" line="49"/>
        <source>‖∂L_t/∂h_k‖ (log scale)</source>
        <translation>‖∂L_t/∂h_k‖ (thang log)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_horizon_view.cpp" line="51"/>
        <source>Each row is one source loss L_t, the loss of guessing the character after step t; each column is a timestep k. The colour is ‖∂L_t/∂h_k‖, how much of that one loss&apos;s gradient reaches the state h_k. Grey right of the diagonal: a loss never reaches later steps. The last row is the last-loss curve; the gradient of the stream&apos;s summed loss is the sum of the rows&apos; vectors. Hover a row to see its horizon on the text below.</source>
        <translation>Mỗi hàng là một mất mát nguồn L_t, mất mát khi đoán ký tự sau bước t; mỗi cột là một bước thời gian k. Màu là ‖∂L_t/∂h_k‖, phần gradient của riêng mất mát đó đến được trạng thái h_k. Màu xám bên phải đường chéo: một mất mát không bao giờ vươn tới các bước sau nó. Hàng cuối là đường cong mất mát cuối; gradient của tổng mất mát của luồng là tổng các vectơ của các hàng. Rê chuột lên một hàng để xem tầm với của nó trên văn bản bên dưới.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_horizon_view.cpp" line="57"/>
        <source>L_%1 is scored at step %1: it reaches no later step (k = %2)</source>
        <translation>L_%1 được tính tại bước %1: nó không vươn tới bước nào sau đó (k = %2)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_horizon_view.cpp" line="58"/>
        <source>loss L_%1, timestep k = %2 (%3 steps back): ‖∂L_t/∂h_k‖ = %4</source>
        <translation>mất mát L_%1, bước thời gian k = %2 (lùi %3 bước): ‖∂L_t/∂h_k‖ = %4</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_horizon_view.cpp" line="87"/>
        <source>x_%1, read after L_%2 was scored: its gradient never gets here</source>
        <translation>x_%1, được đọc sau khi L_%2 đã được tính: gradient của nó không bao giờ tới đây</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_horizon_view.cpp" line="88"/>
        <source>x_%1, read at step k = %1: ‖∂L_%2/∂h_%1‖ = %3</source>
        <translation>x_%1, được đọc tại bước k = %1: ‖∂L_%2/∂h_%1‖ = %3</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_horizon_view.cpp" line="97"/>
        <source>What the rows add up to</source>
        <translation>Các hàng cộng lại thành gì</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_horizon_view.cpp" line="101"/>
        <source>gradient norm</source>
        <translation>chuẩn gradient</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_horizon_view.cpp" line="104"/>
        <source>Σ_t ‖∂L_t/∂h_k‖: norms added</source>
        <translation>Σ_t ‖∂L_t/∂h_k‖: cộng các chuẩn</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_horizon_view.cpp" line="106"/>
        <source>‖Σ_t ∂L_t/∂h_k‖: vectors added (total loss)</source>
        <translation>‖Σ_t ∂L_t/∂h_k‖: cộng các vectơ (tổng mất mát)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_horizon_view.cpp" line="108"/>
        <source>last row: the last-loss curve</source>
        <translation>hàng cuối: đường cong mất mát cuối</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_horizon_view.cpp" line="111"/>
        <source>The total loss of a stream is the sum of its losses, so its gradient is the sum of the rows&apos; &lt;i&gt;vectors&lt;/i&gt; ∂L_t/∂h_k. Their norms do not add up: the norm of the sum (blue) is at most the sum of the norms (grey), less where the rows point different ways. The last row is the last loss&apos;s gradient of the chart above. All for stream 0, without the 1/(B·T) of the mean loss.</source>
        <translation>Tổng mất mát của một luồng là tổng các mất mát của nó, nên gradient của nó là tổng các &lt;i&gt;vectơ&lt;/i&gt; ∂L_t/∂h_k của các hàng. Các chuẩn của chúng không cộng lại được: chuẩn của tổng (xanh dương) nhiều nhất bằng tổng các chuẩn (xám), nhỏ hơn ở những chỗ các hàng chỉ về các hướng khác nhau. Hàng cuối là gradient của mất mát cuối trong biểu đồ phía trên. Tất cả cho luồng 0, không có hệ số 1/(B·T) của mất mát trung bình.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_horizon_view.cpp" line="143"/>
        <source>No horizon yet. It is worked out for windows of up to %1 steps, from the training pass itself, a few times a second while training runs and at once when paused.</source>
        <translation>Chưa có tầm với. Nó được tính cho các cửa sổ dài tối đa %1 bước, từ chính lượt huấn luyện, vài lần mỗi giây khi đang huấn luyện và ngay lập tức khi tạm dừng.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_horizon_view.cpp" line="208"/>
        <source>&lt;b&gt;Row t = %1&lt;/b&gt;: L_%1, the loss of guessing ‘%2’ after reading …‘%3’ (underlined). Its gradient stays within 1% of its own step&apos;s for &lt;b&gt;%4&lt;/b&gt; steps back. The text is coloured by ‖∂L_%1/∂h_k‖ with the heat map&apos;s colours; grey: read after the loss, never reached. Hover another row to compare.</source>
        <translation>&lt;b&gt;Hàng t = %1&lt;/b&gt;: L_%1, mất mát khi đoán ‘%2’ sau khi đọc …‘%3’ (gạch chân). Gradient của nó giữ được trong khoảng 1% của chính bước đó trong &lt;b&gt;%4&lt;/b&gt; bước lùi. Văn bản được tô theo ‖∂L_%1/∂h_k‖ bằng các màu của bản đồ nhiệt; xám: đọc sau mất mát, không bao giờ được vươn tới. Rê chuột lên một hàng khác để so sánh.</translation>
    </message>
</context>
<context>
    <name>rnnscope::ui::GradientToyPanel</name>
    <message>
        <location filename="../../ui/panels/gradient_toy_panel.cpp" line="60"/>
        <source>Backpropagation through time multiplies the gradient by one Jacobian per step back. The course&apos;s toy replaces that Jacobian by something simpler, to see what repeated multiplication does on its own.&lt;br&gt;&lt;b&gt;A number f:&lt;/b&gt; after &lt;i&gt;d&lt;/i&gt; steps the gradient is &lt;i&gt;f&lt;/i&gt;&lt;sup&gt;&lt;i&gt;d&lt;/i&gt;&lt;/sup&gt; of its size, a straight line on a log axis: 0.9&lt;sup&gt;50&lt;/sup&gt; &amp;asymp; 0.005, 1.0&lt;sup&gt;50&lt;/sup&gt; = 1, 1.1&lt;sup&gt;50&lt;/sup&gt; &amp;asymp; 117.&lt;br&gt;&lt;b&gt;A matrix M = f Q&lt;/b&gt;, Q orthogonal (8 &amp;times; 8): Q turns a vector without changing its length, so ‖M&lt;sup&gt;&lt;i&gt;d&lt;/i&gt;&lt;/sup&gt; g‖ = &lt;i&gt;f&lt;/i&gt;&lt;sup&gt;&lt;i&gt;d&lt;/i&gt;&lt;/sup&gt; ‖g‖, the same line. Every eigenvalue of M has modulus &lt;i&gt;f&lt;/i&gt;: inside the unit circle when &lt;i&gt;f&lt;/i&gt; &amp;lt; 1, on it at 1, outside when &lt;i&gt;f&lt;/i&gt; &amp;gt; 1 (the plane below the chart).&lt;br&gt;&lt;b&gt;The RNN:&lt;/b&gt; its Jacobian is diag(1 &amp;minus; &lt;i&gt;h&lt;/i&gt;&lt;sup&gt;2&lt;/sup&gt;) &lt;i&gt;W&lt;/i&gt;&lt;sub&gt;hh&lt;/sub&gt;. Start it from &lt;i&gt;W&lt;/i&gt;&lt;sub&gt;hh&lt;/sub&gt; = f Q and the only difference from the matrix is the tanh slopes 1 &amp;minus; &lt;i&gt;h&lt;/i&gt;&lt;sup&gt;2&lt;/sup&gt; &amp;le; 1, which can only take away: its line, the last position&apos;s loss gradient ‖&amp;part;&lt;i&gt;L&lt;/i&gt;&lt;sub&gt;&lt;i&gt;T&lt;/i&gt;&lt;/sub&gt;/&amp;part;&lt;i&gt;h&lt;/i&gt;&lt;sub&gt;&lt;i&gt;T&lt;/i&gt;&amp;minus;1&amp;minus;&lt;i&gt;d&lt;/i&gt;&lt;/sub&gt;‖ relative to &lt;i&gt;d&lt;/i&gt; = 0, lies at or below the other two, and training moves it.</source>
        <translation>Lan truyền ngược theo thời gian nhân gradient với một Jacobian ở mỗi bước lùi. Mô hình đồ chơi của khóa học thay Jacobian đó bằng thứ đơn giản hơn, để thấy riêng phép nhân lặp lại làm gì.&lt;br&gt;&lt;b&gt;Một số f:&lt;/b&gt; sau &lt;i&gt;d&lt;/i&gt; bước gradient còn &lt;i&gt;f&lt;/i&gt;&lt;sup&gt;&lt;i&gt;d&lt;/i&gt;&lt;/sup&gt; độ lớn ban đầu, một đường thẳng trên trục log: 0.9&lt;sup&gt;50&lt;/sup&gt; &amp;asymp; 0.005, 1.0&lt;sup&gt;50&lt;/sup&gt; = 1, 1.1&lt;sup&gt;50&lt;/sup&gt; &amp;asymp; 117.&lt;br&gt;&lt;b&gt;Một ma trận M = f Q&lt;/b&gt;, Q trực giao (8 &amp;times; 8): Q xoay vectơ mà không đổi độ dài, nên ‖M&lt;sup&gt;&lt;i&gt;d&lt;/i&gt;&lt;/sup&gt; g‖ = &lt;i&gt;f&lt;/i&gt;&lt;sup&gt;&lt;i&gt;d&lt;/i&gt;&lt;/sup&gt; ‖g‖, cùng một đường. Mọi trị riêng của M có mô-đun &lt;i&gt;f&lt;/i&gt;: bên trong đường tròn đơn vị khi &lt;i&gt;f&lt;/i&gt; &amp;lt; 1, trên đường tròn khi bằng 1, bên ngoài khi &lt;i&gt;f&lt;/i&gt; &amp;gt; 1 (mặt phẳng dưới biểu đồ).&lt;br&gt;&lt;b&gt;RNN:&lt;/b&gt; Jacobian của nó là diag(1 &amp;minus; &lt;i&gt;h&lt;/i&gt;&lt;sup&gt;2&lt;/sup&gt;) &lt;i&gt;W&lt;/i&gt;&lt;sub&gt;hh&lt;/sub&gt;. Khởi động nó từ &lt;i&gt;W&lt;/i&gt;&lt;sub&gt;hh&lt;/sub&gt; = f Q thì điểm khác duy nhất so với ma trận là các độ dốc của tanh 1 &amp;minus; &lt;i&gt;h&lt;/i&gt;&lt;sup&gt;2&lt;/sup&gt; &amp;le; 1, chỉ có thể làm nhỏ đi: đường của nó, gradient của hàm mất mát ở vị trí cuối ‖&amp;part;&lt;i&gt;L&lt;/i&gt;&lt;sub&gt;&lt;i&gt;T&lt;/i&gt;&lt;/sub&gt;/&amp;part;&lt;i&gt;h&lt;/i&gt;&lt;sub&gt;&lt;i&gt;T&lt;/i&gt;&amp;minus;1&amp;minus;&lt;i&gt;d&lt;/i&gt;&lt;/sub&gt;‖ so với &lt;i&gt;d&lt;/i&gt; = 0, nằm bằng hoặc thấp hơn hai đường kia, và quá trình huấn luyện làm nó thay đổi.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_toy_panel.cpp" line="94"/>
        <source>Gradient flow toy</source>
        <translation>Đồ chơi dòng gradient</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_toy_panel.cpp" line="101"/>
        <source>Factor f:</source>
        <translation>Hệ số f:</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_toy_panel.cpp" line="107"/>
        <source>The factor each step back multiplies the gradient by (the number, and the modulus of every eigenvalue of the matrix)</source>
        <translation>Hệ số mà mỗi bước lùi nhân vào gradient (chính là số đó, và mô-đun của mọi trị riêng của ma trận)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_toy_panel.cpp" line="121"/>
        <source>Set f to %1</source>
        <translation>Đặt f = %1</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_toy_panel.cpp" line="125"/>
        <source>Start the RNN from W_hh = f Q</source>
        <translation>Khởi động RNN từ W_hh = f Q</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_toy_panel.cpp" line="127"/>
        <source>New weights with every W_hh block orthogonal and scaled by f (initialiser &quot;orthogonal&quot;, spectral radius f); the same settings otherwise. Press Step once to see the RNN&apos;s line.</source>
        <translation>Trọng số mới với mọi khối W_hh trực giao và nhân với f (khởi tạo &quot;orthogonal&quot;, bán kính phổ f); các thiết lập khác giữ nguyên. Nhấn Bước một lần để thấy đường của RNN.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_toy_panel.cpp" line="138"/>
        <source>The gradient, d steps back</source>
        <translation>Gradient, lùi d bước</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_toy_panel.cpp" line="140"/>
        <source>steps back d</source>
        <translation>số bước lùi d</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_toy_panel.cpp" line="142"/>
        <source>size relative to d = 0</source>
        <translation>độ lớn so với d = 0</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_toy_panel.cpp" line="145"/>
        <source>number f^d</source>
        <translation>số f^d</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_toy_panel.cpp" line="146"/>
        <source>matrix (f Q)^d</source>
        <translation>ma trận (f Q)^d</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_toy_panel.cpp" line="148"/>
        <source>this network</source>
        <translation>mạng này</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_toy_panel.cpp" line="157"/>
        <source>Eigenvalues of f Q</source>
        <translation>Trị riêng của f Q</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_toy_panel.cpp" line="161"/>
        <source>Re</source>
        <translation>Re</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_toy_panel.cpp" line="162"/>
        <source>Im</source>
        <translation>Im</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_toy_panel.cpp" line="170"/>
        <source>unit circle</source>
        <translation>đường tròn đơn vị</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_toy_panel.cpp" line="177"/>
        <source>eigenvalues</source>
        <translation>trị riêng</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_toy_panel.cpp" line="204"/>
        <source>Start the RNN from W_hh = %1 Q</source>
        <translation>Khởi động RNN từ W_hh = %1 Q</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_toy_panel.cpp" line="251"/>
        <source>f = &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;The number, after %2 steps back: &lt;b&gt;%3&lt;/b&gt;&lt;br&gt;The matrix f Q: &lt;b&gt;%4&lt;/b&gt;, %5 per step</source>
        <translation>f = &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Số, sau %2 bước lùi: &lt;b&gt;%3&lt;/b&gt;&lt;br&gt;Ma trận f Q: &lt;b&gt;%4&lt;/b&gt;, %5 mỗi bước</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_toy_panel.cpp" line="261"/>
        <source>&lt;br&gt;This network, weights after %1 updates: &lt;b&gt;%2&lt;/b&gt; after %3 steps back, on average &lt;b&gt;%4&lt;/b&gt; per step</source>
        <translation>&lt;br&gt;Mạng này, trọng số sau %1 lần cập nhật: &lt;b&gt;%2&lt;/b&gt; sau %3 bước lùi, trung bình &lt;b&gt;%4&lt;/b&gt; mỗi bước</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_toy_panel.cpp" line="272"/>
        <source> (started from W_hh = %1 Q)</source>
        <translation> (bắt đầu từ W_hh = %1 Q)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_toy_panel.cpp" line="276"/>
        <source>&lt;br&gt;%1 ÷ %2 = &lt;b&gt;%3&lt;/b&gt;: the share the tanh slopes let through per step</source>
        <translation>&lt;br&gt;%1 ÷ %2 = &lt;b&gt;%3&lt;/b&gt;: phần mà độ dốc của tanh cho đi qua ở mỗi bước</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_toy_panel.cpp" line="282"/>
        <source>&lt;br&gt;This network: press Step (N) to see its gradient</source>
        <translation>&lt;br&gt;Mạng này: nhấn Bước (N) để thấy gradient của nó</translation>
    </message>
    <message>
        <location filename="../../ui/panels/gradient_toy_panel.cpp" line="285"/>
        <source> (its window has only %1 steps)</source>
        <translation> (cửa sổ của nó chỉ có %1 bước)</translation>
    </message>
</context>
<context>
    <name>rnnscope::ui::JacobianPanel</name>
    <message>
        <location filename="../../ui/panels/jacobian_panel.cpp" line="143"/>
        <source>Timestep t:</source>
        <translation>Bước thời gian t:</translation>
    </message>
    <message>
        <location filename="../../ui/panels/jacobian_panel.cpp" line="149"/>
        <source>The timestep of the last training window whose Jacobian J_t is analysed in the left chart (also marked in the middle chart).</source>
        <translation>Bước thời gian trong cửa sổ huấn luyện cuối mà ma trận Jacobi J_t của nó được phân tích ở biểu đồ bên trái (cũng được đánh dấu ở biểu đồ giữa).</translation>
    </message>
    <message>
        <location filename="../../ui/panels/jacobian_panel.cpp" line="166"/>
        <source>Singular values of J_t</source>
        <translation>Giá trị kỳ dị của J_t</translation>
    </message>
    <message>
        <location filename="../../ui/panels/jacobian_panel.cpp" line="168"/>
        <source>index i (largest first)</source>
        <translation>chỉ số i (lớn nhất trước)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/jacobian_panel.cpp" line="170"/>
        <source>σ_i (log)</source>
        <translation>σ_i (log)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/jacobian_panel.cpp" line="184"/>
        <source>σ_max(J_t) across the window</source>
        <translation>σ_max(J_t) trên cửa sổ</translation>
    </message>
    <message>
        <location filename="../../ui/panels/jacobian_panel.cpp" line="188"/>
        <location filename="../../ui/panels/jacobian_panel.cpp" line="206"/>
        <source>σ_max (log)</source>
        <translation>σ_max (log)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/jacobian_panel.cpp" line="204"/>
        <source>distance d = number of steps multiplied</source>
        <translation>khoảng cách d = số bước được nhân</translation>
    </message>
    <message>
        <location filename="../../ui/panels/jacobian_panel.cpp" line="209"/>
        <location filename="../../ui/panels/jacobian_panel.cpp" line="342"/>
        <source>σ_max of the product</source>
        <translation>σ_max của tích</translation>
    </message>
    <message>
        <location filename="../../ui/panels/jacobian_panel.cpp" line="173"/>
        <location filename="../../ui/panels/jacobian_panel.cpp" line="340"/>
        <source>σ_i(J_t)</source>
        <translation>σ_i(J_t)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/jacobian_panel.cpp" line="78"/>
        <source>&lt;i&gt;J&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&lt;/sub&gt; = &amp;part;&lt;i&gt;s&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&lt;/sub&gt;/&amp;part;&lt;i&gt;s&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&amp;minus;1&lt;/sub&gt; is the Jacobian of one step: how a small change of the state before step &lt;i&gt;t&lt;/i&gt; changes the state after it. Its &lt;b&gt;singular values&lt;/b&gt; &amp;sigma;&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; are the stretch factors along its principal directions: &amp;sigma; &amp;gt; 1 grows a change (and the gradient flowing back through &lt;i&gt;J&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt;), &amp;sigma; &amp;lt; 1 shrinks it. Over &lt;i&gt;d&lt;/i&gt; steps the gradient is multiplied by the product &lt;i&gt;J&lt;/i&gt;&lt;sub&gt;&lt;i&gt;T&lt;/i&gt;&lt;/sub&gt;&amp;middot;&amp;middot;&amp;middot;&lt;i&gt;J&lt;/i&gt;&lt;sub&gt;&lt;i&gt;T&lt;/i&gt;&amp;minus;&lt;i&gt;d&lt;/i&gt;+1&lt;/sub&gt;. For a &lt;b&gt;vanilla RNN&lt;/b&gt; its &amp;sigma;&lt;sub&gt;max&lt;/sub&gt; &amp;le; &amp;prod; &amp;sigma;&lt;sub&gt;max&lt;/sub&gt;(&lt;i&gt;J&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&lt;/sub&gt;) &amp;le; (&amp;gamma;&amp;lambda;)&lt;sup&gt;&lt;i&gt;d&lt;/i&gt;&lt;/sup&gt; (&amp;gamma; = max |act&amp;prime;|, &amp;lambda; = &amp;sigma;&lt;sub&gt;max&lt;/sub&gt;(&lt;i&gt;W&lt;/i&gt;&lt;sub&gt;hh&lt;/sub&gt;)). In a stack, a layer below the top also gets gradient back through the layers above, so there this product does not bound the gradient.&lt;br&gt;For an &lt;b&gt;LSTM&lt;/b&gt; the state is &lt;i&gt;s&lt;/i&gt; = [&lt;i&gt;h&lt;/i&gt;; &lt;i&gt;c&lt;/i&gt;], so &lt;i&gt;J&lt;/i&gt; is 2&lt;i&gt;H&lt;/i&gt; &amp;times; 2&lt;i&gt;H&lt;/i&gt;; its &lt;i&gt;c&lt;/i&gt;&amp;rarr;&lt;i&gt;c&lt;/i&gt; block is diag(&lt;i&gt;f&lt;/i&gt;), the forget gate: with &lt;i&gt;f&lt;/i&gt; &amp;asymp; 1 the cell state is a &amp;ldquo;gradient highway&amp;rdquo; along which the gradient neither vanishes nor explodes. For gated cells (&amp;gamma;&amp;lambda;)&lt;sup&gt;&lt;i&gt;d&lt;/i&gt;&lt;/sup&gt; is no bound; the bottom chart shows the gated path&apos;s own gain instead: ‖&amp;prod; &lt;i&gt;f&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&lt;/sub&gt;‖ (LSTM), ‖&amp;prod; &lt;i&gt;z&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&lt;/sub&gt;‖ (GRU in PyTorch&apos;s form, &lt;i&gt;h&lt;/i&gt;&amp;prime; = (1 &amp;minus; &lt;i&gt;z&lt;/i&gt;) &lt;i&gt;n&lt;/i&gt; + &lt;i&gt;z&lt;/i&gt; &lt;i&gt;h&lt;/i&gt;) or ‖&amp;prod; (1 &amp;minus; &lt;i&gt;z&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&lt;/sub&gt;)‖ (the course notes&apos; form, &lt;i&gt;h&lt;/i&gt;&amp;prime; = (1 &amp;minus; &lt;i&gt;z&lt;/i&gt;) &lt;i&gt;h&lt;/i&gt; + &lt;i&gt;z&lt;/i&gt; &lt;i&gt;h&amp;#771;&lt;/i&gt;), for the largest cell and, dashed, the median cell.&lt;br&gt;The app writes states as column vectors, as CS231n does: &lt;i&gt;J&lt;/i&gt; = diag(1 &amp;minus; &lt;i&gt;h&lt;/i&gt;&lt;sup&gt;2&lt;/sup&gt;) &lt;i&gt;W&lt;/i&gt;&lt;sub&gt;hh&lt;/sub&gt; for a tanh RNN. The UIT slides use row vectors and write diag(1 &amp;minus; &lt;i&gt;h&lt;/i&gt;&lt;sup&gt;2&lt;/sup&gt;) &lt;i&gt;W&lt;/i&gt;&lt;sup&gt;T&lt;/sup&gt;: the same matrix, transposed.</source>
        <translation>&lt;i&gt;J&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&lt;/sub&gt; = &amp;part;&lt;i&gt;s&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&lt;/sub&gt;/&amp;part;&lt;i&gt;s&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&amp;minus;1&lt;/sub&gt; là ma trận Jacobi của một bước: một thay đổi nhỏ của trạng thái trước bước &lt;i&gt;t&lt;/i&gt; làm trạng thái sau bước đó thay đổi thế nào. Các &lt;b&gt;giá trị kỳ dị&lt;/b&gt; &amp;sigma;&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; của nó là hệ số kéo giãn dọc theo các hướng chính: &amp;sigma; &amp;gt; 1 khuếch đại thay đổi (và cả gradient chảy ngược qua &lt;i&gt;J&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt;), &amp;sigma; &amp;lt; 1 thu nhỏ nó. Qua &lt;i&gt;d&lt;/i&gt; bước, gradient bị nhân với tích &lt;i&gt;J&lt;/i&gt;&lt;sub&gt;&lt;i&gt;T&lt;/i&gt;&lt;/sub&gt;&amp;middot;&amp;middot;&amp;middot;&lt;i&gt;J&lt;/i&gt;&lt;sub&gt;&lt;i&gt;T&lt;/i&gt;&amp;minus;&lt;i&gt;d&lt;/i&gt;+1&lt;/sub&gt;. Với &lt;b&gt;RNN thuần&lt;/b&gt;, tích này có &amp;sigma;&lt;sub&gt;max&lt;/sub&gt; &amp;le; &amp;prod; &amp;sigma;&lt;sub&gt;max&lt;/sub&gt;(&lt;i&gt;J&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&lt;/sub&gt;) &amp;le; (&amp;gamma;&amp;lambda;)&lt;sup&gt;&lt;i&gt;d&lt;/i&gt;&lt;/sup&gt; (&amp;gamma; = max |act&amp;prime;|, &amp;lambda; = &amp;sigma;&lt;sub&gt;max&lt;/sub&gt;(&lt;i&gt;W&lt;/i&gt;&lt;sub&gt;hh&lt;/sub&gt;)). Trong một chồng nhiều lớp, một lớp nằm dưới lớp trên cùng còn nhận gradient quay về qua các lớp phía trên, nên ở đó tích này không chặn được gradient.&lt;br&gt;Với &lt;b&gt;LSTM&lt;/b&gt;, trạng thái là &lt;i&gt;s&lt;/i&gt; = [&lt;i&gt;h&lt;/i&gt;; &lt;i&gt;c&lt;/i&gt;], nên &lt;i&gt;J&lt;/i&gt; có kích thước 2&lt;i&gt;H&lt;/i&gt; &amp;times; 2&lt;i&gt;H&lt;/i&gt;; khối &lt;i&gt;c&lt;/i&gt;&amp;rarr;&lt;i&gt;c&lt;/i&gt; của nó là diag(&lt;i&gt;f&lt;/i&gt;), tức cổng quên: với &lt;i&gt;f&lt;/i&gt; &amp;asymp; 1, trạng thái tế bào (cell state) là một &amp;ldquo;đường cao tốc gradient&amp;rdquo;, dọc theo đó gradient không tiêu biến cũng không bùng nổ. Với các ô có cổng, (&amp;gamma;&amp;lambda;)&lt;sup&gt;&lt;i&gt;d&lt;/i&gt;&lt;/sup&gt; không phải là cận; thay vào đó, biểu đồ dưới cùng cho thấy hệ số khuếch đại riêng của đường qua cổng: ‖&amp;prod; &lt;i&gt;f&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&lt;/sub&gt;‖ (LSTM), ‖&amp;prod; &lt;i&gt;z&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&lt;/sub&gt;‖ (GRU theo dạng của PyTorch, &lt;i&gt;h&lt;/i&gt;&amp;prime; = (1 &amp;minus; &lt;i&gt;z&lt;/i&gt;) &lt;i&gt;n&lt;/i&gt; + &lt;i&gt;z&lt;/i&gt; &lt;i&gt;h&lt;/i&gt;) hoặc ‖&amp;prod; (1 &amp;minus; &lt;i&gt;z&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&lt;/sub&gt;)‖ (dạng trong giáo trình, &lt;i&gt;h&lt;/i&gt;&amp;prime; = (1 &amp;minus; &lt;i&gt;z&lt;/i&gt;) &lt;i&gt;h&lt;/i&gt; + &lt;i&gt;z&lt;/i&gt; &lt;i&gt;h&amp;#771;&lt;/i&gt;), cho ô lớn nhất và, bằng nét đứt, cho ô trung vị.&lt;br&gt;Ứng dụng viết trạng thái dưới dạng vector cột, giống CS231n: &lt;i&gt;J&lt;/i&gt; = diag(1 &amp;minus; &lt;i&gt;h&lt;/i&gt;&lt;sup&gt;2&lt;/sup&gt;) &lt;i&gt;W&lt;/i&gt;&lt;sub&gt;hh&lt;/sub&gt; với RNN tanh. Slide của UIT dùng vector hàng và viết diag(1 &amp;minus; &lt;i&gt;h&lt;/i&gt;&lt;sup&gt;2&lt;/sup&gt;) &lt;i&gt;W&lt;/i&gt;&lt;sup&gt;T&lt;/sup&gt;: cùng một ma trận, ở dạng chuyển vị.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/jacobian_panel.cpp" line="176"/>
        <location filename="../../ui/panels/jacobian_panel.cpp" line="193"/>
        <source>σ = 1</source>
        <translation>σ = 1</translation>
    </message>
    <message>
        <location filename="../../ui/panels/jacobian_panel.cpp" line="186"/>
        <source>timestep t</source>
        <translation>bước thời gian t</translation>
    </message>
    <message>
        <location filename="../../ui/panels/jacobian_panel.cpp" line="191"/>
        <location filename="../../ui/panels/jacobian_panel.cpp" line="341"/>
        <source>σ_max(J_t)</source>
        <translation>σ_max(J_t)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/jacobian_panel.cpp" line="192"/>
        <source>chosen t</source>
        <translation>t được chọn</translation>
    </message>
    <message>
        <location filename="../../ui/panels/jacobian_panel.cpp" line="202"/>
        <source>σ_max of the product of the last d Jacobians</source>
        <translation>σ_max của tích d ma trận Jacobi gần nhất</translation>
    </message>
    <message>
        <location filename="../../ui/panels/jacobian_panel.cpp" line="210"/>
        <source>bound (γλ)^d</source>
        <translation>cận (γλ)^d</translation>
    </message>
    <message>
        <location filename="../../ui/panels/jacobian_panel.cpp" line="136"/>
        <location filename="../../ui/panels/jacobian_panel.cpp" line="283"/>
        <source>t = %1</source>
        <translation>t = %1</translation>
    </message>
    <message>
        <location filename="../../ui/panels/jacobian_panel.cpp" line="229"/>
        <source>Jacobian</source>
        <translation>Ma trận Jacobi</translation>
    </message>
    <message>
        <location filename="../../ui/panels/jacobian_panel.cpp" line="364"/>
        <source>Singular values of J_t at t = %1</source>
        <translation>Giá trị kỳ dị của J_t tại t = %1</translation>
    </message>
    <message>
        <location filename="../../ui/panels/jacobian_panel.cpp" line="338"/>
        <source>bound (γλ)^d, γλ = %1 (vanilla RNN)</source>
        <translation>cận (γλ)^d, γλ = %1 (RNN thuần)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/jacobian_panel.cpp" line="363"/>
        <source>Singular values of J_t at t = %1 (A), %2 (B)</source>
        <translation>Giá trị kỳ dị của J_t tại t = %1 (A), %2 (B)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/jacobian_panel.cpp" line="420"/>
        <source>&lt;b&gt;A&lt;/b&gt;: %1 &amp;nbsp;·&amp;nbsp; &lt;b&gt;B&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;A&lt;/b&gt;: %1 &amp;nbsp;·&amp;nbsp; &lt;b&gt;B&lt;/b&gt;: %2</translation>
    </message>
    <message>
        <location filename="../../ui/panels/jacobian_panel.cpp" line="426"/>
        <source>no analysis yet</source>
        <translation>chưa có phân tích</translation>
    </message>
    <message>
        <location filename="../../ui/panels/jacobian_panel.cpp" line="429"/>
        <source>at t = %1 σ_max = &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>tại t = %1 σ_max = &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/panels/jacobian_panel.cpp" line="452"/>
        <source> (%1: %2, median cell %3)</source>
        <translation> (%1: %2, ô trung vị %3)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/jacobian_panel.cpp" line="457"/>
        <source> (vanilla RNN bound %1)</source>
        <translation> (cận của RNN thuần %1)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/jacobian_panel.cpp" line="462"/>
        <source>λ = σ_max(W_hh) = %1</source>
        <translation>λ = σ_max(W_hh) = %1</translation>
    </message>
    <message>
        <location filename="../../ui/panels/jacobian_panel.cpp" line="463"/>
        <source> ≥ ρ = %1</source>
        <translation> ≥ ρ = %1</translation>
    </message>
    <message>
        <location filename="../../ui/panels/jacobian_panel.cpp" line="468"/>
        <source>layer %1 of %2: the product does not bound this layer&apos;s gradient, which also comes back through the layers above</source>
        <translation>lớp %1 trên %2: tích này không chặn được gradient của lớp này, vì gradient còn quay về qua các lớp phía trên</translation>
    </message>
    <message>
        <location filename="../../ui/panels/jacobian_panel.cpp" line="442"/>
        <source>At t = %1: σ_max = &lt;b&gt;%2&lt;/b&gt;, %3 of %4 directions grow (σ &amp;gt; 1)</source>
        <translation>Tại t = %1: σ_max = &lt;b&gt;%2&lt;/b&gt;, %3 trên %4 hướng tăng (σ &amp;gt; 1)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/jacobian_panel.cpp" line="431"/>
        <location filename="../../ui/panels/jacobian_panel.cpp" line="450"/>
        <source>over d = %1 steps the product&apos;s σ_max is &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>qua d = %1 bước, σ_max của tích là &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>rnnscope::ui::LossPanel</name>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="170"/>
        <source>Smoothing:</source>
        <translation>Làm mượt:</translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="178"/>
        <source>Weight w of the moving average: 0 shows every step as it is, 0.99 averages over about the last hundred steps. It changes only the drawn curve, not training.</source>
        <translation>Trọng số w của trung bình trượt: 0 hiển thị từng bước như nguyên bản, 0.99 lấy trung bình khoảng một trăm bước gần nhất. Nó chỉ thay đổi đường cong được vẽ, không ảnh hưởng đến huấn luyện.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="184"/>
        <source>Log scale</source>
        <translation>Thang log</translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="187"/>
        <source>A logarithmic loss axis: equal ratios look equal, so late, slow progress stays visible.</source>
        <translation>Trục mất mát theo thang logarit: các tỉ số bằng nhau trông bằng nhau, nên tiến bộ chậm ở giai đoạn sau vẫn nhìn thấy được.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="188"/>
        <source>Units:</source>
        <translation>Đơn vị:</translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="193"/>
        <location filename="../../ui/panels/loss_panel.cpp" line="383"/>
        <source>nats / char</source>
        <translation>nat / ký tự</translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="194"/>
        <location filename="../../ui/panels/loss_panel.cpp" line="384"/>
        <source>bits / char</source>
        <translation>bit / ký tự</translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="196"/>
        <source>Nats use the natural logarithm (what training minimises); bits use log base 2 (bits = nats / ln 2), the usual unit for comparing text compressors.</source>
        <translation>Nat dùng logarit tự nhiên (đại lượng mà huấn luyện cực tiểu hóa); bit dùng logarit cơ số 2 (bit = nat / ln 2), đơn vị thường dùng để so sánh các bộ nén văn bản.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="241"/>
        <location filename="../../ui/panels/loss_panel.cpp" line="342"/>
        <source>training</source>
        <translation>huấn luyện</translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="242"/>
        <location filename="../../ui/panels/loss_panel.cpp" line="343"/>
        <source>smoothed</source>
        <translation>đã làm mượt</translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="243"/>
        <location filename="../../ui/panels/loss_panel.cpp" line="344"/>
        <source>validation</source>
        <translation>kiểm định</translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="248"/>
        <location filename="../../ui/panels/loss_panel.cpp" line="345"/>
        <source>answers after =</source>
        <translation>đáp án sau =</translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="251"/>
        <source>clipped</source>
        <translation>bị cắt</translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="253"/>
        <source>guessing: ln V</source>
        <translation>đoán mò: ln V</translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="256"/>
        <location filename="../../ui/panels/loss_panel.cpp" line="559"/>
        <source>pinned run</source>
        <translation>lượt chạy được ghim</translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="271"/>
        <source>accuracy (%)</source>
        <translation>độ chính xác (%)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="274"/>
        <location filename="../../ui/panels/loss_panel.cpp" line="346"/>
        <source>batch accuracy</source>
        <translation>độ chính xác trên lô</translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="275"/>
        <location filename="../../ui/panels/loss_panel.cpp" line="347"/>
        <source>held-out accuracy</source>
        <translation>độ chính xác kiểm định</translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="294"/>
        <location filename="../../ui/panels/loss_panel.cpp" line="349"/>
        <source>after</source>
        <translation>sau khi cắt</translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="297"/>
        <source>pinned run, after</source>
        <translation>lượt chạy được ghim, sau khi cắt</translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="352"/>
        <source>Loss</source>
        <translation>Hàm mất mát</translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="376"/>
        <source>bits/output</source>
        <translation>bit/đầu ra</translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="376"/>
        <source>nats/output</source>
        <translation>nat/đầu ra</translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="383"/>
        <source>nats / output</source>
        <translation>nat / đầu ra</translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="384"/>
        <source>bits / output</source>
        <translation>bit / đầu ra</translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="559"/>
        <source>run %1 (pinned)</source>
        <translation>lượt chạy %1 (đã ghim)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="595"/>
        <source>%1, log</source>
        <translation>%1, thang log</translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="687"/>
        <source>Step &lt;b&gt;%1&lt;/b&gt; &amp;nbsp;·&amp;nbsp; loss &lt;b&gt;%2&lt;/b&gt; %3</source>
        <translation>Bước &lt;b&gt;%1&lt;/b&gt; &amp;nbsp;·&amp;nbsp; mất mát &lt;b&gt;%2&lt;/b&gt; %3</translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="696"/>
        <source> &amp;nbsp;·&amp;nbsp; answers after &apos;=&apos; &lt;b&gt;%1&lt;/b&gt; (guessing among %2 letters: %3)</source>
        <translation> &amp;nbsp;·&amp;nbsp; đáp án sau &apos;=&apos; &lt;b&gt;%1&lt;/b&gt; (đoán mò giữa %2 chữ: %3)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="706"/>
        <source> &amp;nbsp;·&amp;nbsp; batch accuracy &lt;b&gt;%1 %&lt;/b&gt;</source>
        <translation> &amp;nbsp;·&amp;nbsp; độ chính xác trên lô &lt;b&gt;%1 %&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="711"/>
        <source> (held-out &lt;b&gt;%1 %&lt;/b&gt;)</source>
        <translation> (kiểm định &lt;b&gt;%1 %&lt;/b&gt;)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="717"/>
        <source> &amp;nbsp;·&amp;nbsp; clipped %1 of the last %2 steps</source>
        <translation> &amp;nbsp;·&amp;nbsp; đã cắt %1 trong %2 bước gần nhất</translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="719"/>
        <source>&lt;b&gt;A&lt;/b&gt;: %1 &amp;nbsp;·&amp;nbsp; &lt;b&gt;B&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;A&lt;/b&gt;: %1 &amp;nbsp;·&amp;nbsp; &lt;b&gt;B&lt;/b&gt;: %2</translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="725"/>
        <source>no steps yet</source>
        <translation>chưa có bước nào</translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="728"/>
        <source>step &lt;b&gt;%1&lt;/b&gt;, loss &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>bước &lt;b&gt;%1&lt;/b&gt;, mất mát &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="729"/>
        <source>, validation &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>, kiểm định &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="730"/>
        <source>, answers &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>, câu trả lời &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="224"/>
        <location filename="../../ui/panels/loss_panel.cpp" line="287"/>
        <source>training step</source>
        <translation>bước huấn luyện</translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="113"/>
        <source>&lt;b&gt;Training loss&lt;/b&gt; is the mean cross-entropy of every character the model predicted in the last window: &lt;i&gt;L&lt;/i&gt; = (1/&lt;i&gt;N&lt;/i&gt;) &amp;Sigma;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&lt;/sub&gt; &amp;minus;log &lt;i&gt;p&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;+1&lt;/sub&gt;), in nats per character; &lt;b&gt;bits per character&lt;/b&gt; = nats / ln 2. Guessing uniformly among &lt;i&gt;V&lt;/i&gt; characters scores ln &lt;i&gt;V&lt;/i&gt; (dashed line). &lt;b&gt;Validation loss&lt;/b&gt; is measured on text the model never trains on: when it rises while training loss keeps falling, the model memorises.&lt;br&gt;The &lt;b&gt;smoothed&lt;/b&gt; curve is an exponential moving average, &lt;i&gt;s&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&lt;/sub&gt; = &lt;i&gt;w&lt;/i&gt;&amp;middot;&lt;i&gt;s&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&amp;minus;1&lt;/sub&gt; + (1&amp;minus;&lt;i&gt;w&lt;/i&gt;)&amp;middot;&lt;i&gt;L&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&lt;/sub&gt; (as in TensorBoard). &lt;b&gt;Below:&lt;/b&gt; the gradient norm ‖&lt;i&gt;g&lt;/i&gt;‖ before and after clipping; clipping rescales &lt;i&gt;g&lt;/i&gt; &amp;larr; &lt;i&gt;g&lt;/i&gt;&amp;middot;&lt;i&gt;c&lt;/i&gt;/‖&lt;i&gt;g&lt;/i&gt;‖ when ‖&lt;i&gt;g&lt;/i&gt;‖ &amp;gt; &lt;i&gt;c&lt;/i&gt;. Triangles mark the steps where it fired.</source>
        <translation>&lt;b&gt;Mất mát huấn luyện&lt;/b&gt; là entropy chéo trung bình trên mọi ký tự mà mô hình đã dự đoán trong cửa sổ cuối: &lt;i&gt;L&lt;/i&gt; = (1/&lt;i&gt;N&lt;/i&gt;) &amp;Sigma;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&lt;/sub&gt; &amp;minus;log &lt;i&gt;p&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;+1&lt;/sub&gt;), tính bằng nat mỗi ký tự; &lt;b&gt;bit mỗi ký tự&lt;/b&gt; = nat / ln 2. Đoán đều ngẫu nhiên giữa &lt;i&gt;V&lt;/i&gt; ký tự cho ln &lt;i&gt;V&lt;/i&gt; (đường nét đứt). &lt;b&gt;Mất mát kiểm định&lt;/b&gt; được đo trên phần văn bản mà mô hình không bao giờ được huấn luyện: khi nó tăng trong khi mất mát huấn luyện vẫn giảm, mô hình đang học thuộc lòng.&lt;br&gt;Đường &lt;b&gt;đã làm mượt&lt;/b&gt; là trung bình trượt hàm mũ, &lt;i&gt;s&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&lt;/sub&gt; = &lt;i&gt;w&lt;/i&gt;&amp;middot;&lt;i&gt;s&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&amp;minus;1&lt;/sub&gt; + (1&amp;minus;&lt;i&gt;w&lt;/i&gt;)&amp;middot;&lt;i&gt;L&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&lt;/sub&gt; (như trong TensorBoard). &lt;b&gt;Bên dưới:&lt;/b&gt; chuẩn gradient ‖&lt;i&gt;g&lt;/i&gt;‖ trước và sau khi cắt; cắt gradient co giãn lại &lt;i&gt;g&lt;/i&gt; &amp;larr; &lt;i&gt;g&lt;/i&gt;&amp;middot;&lt;i&gt;c&lt;/i&gt;/‖&lt;i&gt;g&lt;/i&gt;‖ khi ‖&lt;i&gt;g&lt;/i&gt;‖ &amp;gt; &lt;i&gt;c&lt;/i&gt;. Các hình tam giác đánh dấu những bước mà việc cắt gradient xảy ra.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="123"/>
        <source>&lt;br&gt;A &lt;b&gt;sequence task&lt;/b&gt; (classify, tag, seq2seq, caption, vqa) also draws its &lt;b&gt;accuracy&lt;/b&gt; on the right-hand axis, in percent: of each training batch, measured before the update it caused and smoothed like the loss, and of the &lt;b&gt;held-out&lt;/b&gt; examples the model never trains on. Loss can keep falling while accuracy stands still: the model grows surer of answers it already gets right.</source>
        <translation>&lt;br&gt;Một &lt;b&gt;bài toán chuỗi&lt;/b&gt; (classify, tag, seq2seq, caption, vqa) còn vẽ &lt;b&gt;độ chính xác&lt;/b&gt; của nó trên trục bên phải, tính theo phần trăm: trên từng lô huấn luyện, đo trước lần cập nhật mà lô đó gây ra và được làm mượt giống như mất mát, và trên các ví dụ &lt;b&gt;kiểm định&lt;/b&gt; mà mô hình không bao giờ dùng để huấn luyện. Mất mát có thể tiếp tục giảm trong khi độ chính xác đứng yên: mô hình ngày càng chắc chắn hơn về những câu trả lời mà nó vốn đã đoán đúng.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="229"/>
        <location filename="../../ui/panels/loss_panel.cpp" line="230"/>
        <source>loss</source>
        <translation>mất mát</translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="289"/>
        <source>‖g‖ (log)</source>
        <translation>‖g‖ (log)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="293"/>
        <location filename="../../ui/panels/loss_panel.cpp" line="348"/>
        <source>‖g‖ before clipping</source>
        <translation>‖g‖ trước khi cắt</translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="295"/>
        <source>threshold c</source>
        <translation>ngưỡng c</translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="377"/>
        <source>bits/char</source>
        <translation>bit/ký tự</translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="377"/>
        <source>nats/char</source>
        <translation>nat/ký tự</translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="664"/>
        <source>threshold c = %1</source>
        <translation>ngưỡng c = %1</translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="692"/>
        <source> (smoothed %1)</source>
        <translation> (đã làm mượt %1)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/loss_panel.cpp" line="694"/>
        <source> &amp;nbsp;·&amp;nbsp; validation &lt;b&gt;%1&lt;/b&gt; %2</source>
        <translation> &amp;nbsp;·&amp;nbsp; kiểm định &lt;b&gt;%1&lt;/b&gt; %2</translation>
    </message>
</context>
<context>
    <name>rnnscope::ui::MainWindow</name>
    <message>
        <location filename="../../ui/main_window.cpp" line="137"/>
        <source>Reset training?</source>
        <translation>Huấn luyện lại từ đầu?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="138"/>
        <source>Reset and apply</source>
        <translation>Đặt lại và áp dụng</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="139"/>
        <source>Keep training</source>
        <translation>Tiếp tục huấn luyện</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="145"/>
        <source>Restore the last session?</source>
        <translation>Khôi phục phiên trước?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="146"/>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="147"/>
        <source>Start fresh</source>
        <translation>Bắt đầu mới</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="198"/>
        <location filename="../../ui/main_window.cpp" line="1351"/>
        <source>rnnscope — %1</source>
        <translation>rnnscope — %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="270"/>
        <location filename="../../ui/main_window.cpp" line="1003"/>
        <source>&amp;Play</source>
        <translation>&amp;Chạy</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="274"/>
        <source>Play / Pause (Space): train continuously, one window of the text per update</source>
        <translation>Chạy / Tạm dừng (Space): huấn luyện liên tục, mỗi lần cập nhật dùng một cửa sổ của văn bản</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="277"/>
        <source>&amp;Step</source>
        <translation>&amp;Bước</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="280"/>
        <source>Step (N): pause and do exactly one update: forward through one window, backpropagate through time, clip, and apply the optimiser; every view refreshes</source>
        <translation>Bước (N): tạm dừng và thực hiện đúng một lần cập nhật: lan truyền xuôi qua một cửa sổ, lan truyền ngược theo thời gian, cắt gradient và áp dụng bộ tối ưu; mọi khung đều được làm mới</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="288"/>
        <source>Slow &amp;motion</source>
        <translation>&amp;Quay chậm</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="292"/>
        <source>Slow motion (M): train one update at a time, pausing at each phase (forward, loss, backward through time, clipping, update) in the Slow motion panel</source>
        <translation>Quay chậm (M): huấn luyện từng lần cập nhật một, dừng lại ở mỗi pha (lan truyền xuôi, mất mát, lan truyền ngược theo thời gian, cắt gradient, cập nhật) trong bảng Quay chậm</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="306"/>
        <source>Re&amp;wind</source>
        <translation>&amp;Tua lại</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="309"/>
        <source>Rewind (Ctrl+Z): back to the newest point kept before this step (the diamonds under the loss chart), exactly as training was there</source>
        <translation>Tua lại (Ctrl+Z): trở về điểm được lưu gần nhất trước bước này (các hình thoi dưới biểu đồ mất mát), đúng như lúc huấn luyện ở đó</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="327"/>
        <source>&amp;Reset</source>
        <translation>Đặt &amp;lại</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="330"/>
        <source>Reset (R): new random weights, same settings; the curves start over</source>
        <translation>Đặt lại (R): trọng số ngẫu nhiên mới, giữ nguyên cài đặt; các đường cong bắt đầu lại</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="337"/>
        <source>&amp;Compare A | B</source>
        <translation>&amp;So sánh A | B</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="341"/>
        <source>Compare (Ctrl+B): start run B as a copy of this run at this step, on the same text with the same data order; change B&apos;s settings in the Model panel and press Play: every chart draws A solid and B dashed</source>
        <translation>So sánh (Ctrl+B): bắt đầu lượt B là bản sao của lượt này tại bước này, trên cùng văn bản với cùng thứ tự dữ liệu; đổi thiết lập của B trong bảng Mô hình rồi nhấn Chạy: mọi biểu đồ vẽ A nét liền và B nét đứt</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="354"/>
        <source>Open &amp;text…</source>
        <translation>Mở &amp;văn bản…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="357"/>
        <source>Train on your own UTF-8 text file (the model starts over)</source>
        <translation>Huấn luyện trên tệp văn bản UTF-8 của riêng bạn (mô hình bắt đầu lại)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="360"/>
        <source>Open &amp;checkpoint…</source>
        <translation>Mở &amp;checkpoint…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="362"/>
        <source>Load weights saved by rnnscope or PyTorch (.safetensors) for the current text</source>
        <translation>Nạp trọng số do rnnscope hoặc PyTorch lưu (.safetensors) cho văn bản hiện tại</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="365"/>
        <source>&amp;Save checkpoint…</source>
        <translation>&amp;Lưu checkpoint…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="368"/>
        <source>Save the current weights as .safetensors (readable by PyTorch)</source>
        <translation>Lưu trọng số hiện tại dưới dạng .safetensors (PyTorch đọc được)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="371"/>
        <source>Open r&amp;un…</source>
        <translation>Mở &amp;lượt chạy…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="374"/>
        <source>Open a run folder (made by rnnscope-cli train or Save run): continue it here, or pin its curve beside the live run</source>
        <translation>Mở một thư mục lượt chạy (tạo bởi rnnscope-cli train hoặc Lưu lượt chạy): tiếp tục nó ở đây, hoặc ghim đường cong của nó bên cạnh lượt chạy đang huấn luyện</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="377"/>
        <source>Save r&amp;un…</source>
        <translation>Lưu l&amp;ượt chạy…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="380"/>
        <source>Save this run as a folder in rnnscope-cli&apos;s layout (config.json, metrics.csv, checkpoint, trainer state): rnnscope-cli train --resume continues it</source>
        <translation>Lưu lượt chạy này thành một thư mục theo cấu trúc của rnnscope-cli (config.json, metrics.csv, checkpoint, trạng thái huấn luyện): rnnscope-cli train --resume sẽ tiếp tục nó</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="383"/>
        <source>Unpin the run</source>
        <translation>Bỏ ghim lượt chạy</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="388"/>
        <source>&amp;Restore autosaved session</source>
        <translation>&amp;Khôi phục phiên tự động lưu</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="390"/>
        <source>Go back to the session saved automatically (every few minutes and on quit): weights, optimiser state, settings and text</source>
        <translation>Quay lại phiên được lưu tự động (vài phút một lần và khi thoát): trọng số, trạng thái bộ tối ưu, thiết lập và văn bản</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="395"/>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="403"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="416"/>
        <source>&amp;Training</source>
        <translation>&amp;Huấn luyện</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="425"/>
        <source>&amp;Lessons</source>
        <translation>&amp;Bài học</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="441"/>
        <source>About this lesson…</source>
        <translation>Về bài học này…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="445"/>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="452"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="453"/>
        <source>&amp;Tour of the window</source>
        <translation>&amp;Giới thiệu cửa sổ</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="454"/>
        <source>About this &amp;lesson…</source>
        <translation>Về &amp;bài học này…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="455"/>
        <source>&amp;About rnnscope</source>
        <translation>&amp;Về rnnscope</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="456"/>
        <source>About &amp;Qt</source>
        <translation>Về &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="460"/>
        <source>Training controls</source>
        <translation>Điều khiển huấn luyện</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="472"/>
        <source>Speed:</source>
        <translation>Tốc độ:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="477"/>
        <source>1 step/s</source>
        <translation>1 bước/giây</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="478"/>
        <source>5 steps/s</source>
        <translation>5 bước/giây</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="479"/>
        <source>20 steps/s</source>
        <translation>20 bước/giây</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="480"/>
        <source>As fast as possible</source>
        <translation>Nhanh nhất có thể</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="482"/>
        <source>Updates per second while playing. Slow down to watch every update arrive; at full speed the engine trains as fast as the CPU allows and the views refresh up to 30 times a second.</source>
        <translation>Số lần cập nhật mỗi giây khi đang chạy. Giảm tốc độ để xem từng lần cập nhật; ở tốc độ tối đa, bộ máy huấn luyện nhanh nhất mà CPU cho phép và các khung được làm mới tối đa 30 lần mỗi giây.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="492"/>
        <location filename="../../ui/main_window.cpp" line="1330"/>
        <source>Lesson</source>
        <translation>Bài học</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="497"/>
        <source>Previous page</source>
        <translation>Trang trước</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="501"/>
        <source>The lesson&apos;s previous page (Alt+Left)</source>
        <translation>Trang trước của bài học (Alt+Trái)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="502"/>
        <source>Next page</source>
        <translation>Trang sau</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="506"/>
        <source>The lesson&apos;s next page (Alt+Right); a frame shows what it talks about</source>
        <translation>Trang sau của bài học (Alt+Phải); một khung cho thấy thứ mà trang nói tới</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="508"/>
        <source>More…</source>
        <translation>Chi tiết…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="509"/>
        <source>What this lesson sets up and what to watch</source>
        <translation>Bài học này thiết lập những gì và cần quan sát gì</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="518"/>
        <source>From scratch: new random weights, step 0</source>
        <translation>Từ đầu: trọng số ngẫu nhiên mới, bước 0</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="525"/>
        <location filename="../../ui/main_window.cpp" line="1260"/>
        <source>Compare</source>
        <translation>So sánh</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="530"/>
        <source>Stop comparing</source>
        <translation>Dừng so sánh</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="532"/>
        <source>Close run B; run A trains on alone</source>
        <translation>Đóng lượt B; lượt A tiếp tục học một mình</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="538"/>
        <source>&amp;Larger text</source>
        <translation>&amp;Phóng to chữ</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="540"/>
        <source>&amp;Smaller text</source>
        <translation>&amp;Thu nhỏ chữ</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="543"/>
        <source>&amp;Classroom layout</source>
        <translation>Bố cục &amp;lớp học</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="641"/>
        <location filename="../../ui/main_window.cpp" line="1058"/>
        <source>Loss %1 nats/output</source>
        <translation>Mất mát %1 nat/đầu ra</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="641"/>
        <location filename="../../ui/main_window.cpp" line="1061"/>
        <source> · held-out accuracy %1%</source>
        <translation> · độ chính xác kiểm định %1%</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="642"/>
        <location filename="../../ui/main_window.cpp" line="1064"/>
        <source>%1 tokens/s</source>
        <translation>%1 token/giây</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="1014"/>
        <source>clip the gradient by norm at 1</source>
        <translation>cắt gradient theo chuẩn ở mức 1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="1015"/>
        <source>halve the learning rate (η = %1 → %2)</source>
        <translation>giảm một nửa tốc độ học (η = %1 → %2)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="1017"/>
        <source>Training stopped</source>
        <translation>Huấn luyện đã dừng</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="1018"/>
        <source>The loss or the gradient of update %1 was not finite (NaN or ∞), so training paused and kept the last good weights.</source>
        <translation>Mất mát hoặc gradient của lần cập nhật %1 không hữu hạn (NaN hoặc ∞), nên việc huấn luyện tạm dừng và giữ lại các trọng số tốt cuối cùng.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="1024"/>
        <source>Go back to step %1 and train again, perhaps after you %2: exploding gradients are what usually makes the loss overflow.</source>
        <translation>Quay lại bước %1 và huấn luyện lại, có thể sau khi bạn %2: gradient bùng nổ thường là thứ khiến mất mát bị tràn số.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="1028"/>
        <source>Rewind to step %1</source>
        <translation>Tua lại về bước %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="1030"/>
        <source>Rewind and %1</source>
        <translation>Tua lại và %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="645"/>
        <location filename="../../ui/main_window.cpp" line="1075"/>
        <source>A: %1 | B: step %2</source>
        <translation>A: %1 | B: bước %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="646"/>
        <location filename="../../ui/main_window.cpp" line="647"/>
        <location filename="../../ui/main_window.cpp" line="1080"/>
        <location filename="../../ui/main_window.cpp" line="1081"/>
        <source>A: %1 | B: %2</source>
        <translation>A: %1 | B: %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="1084"/>
        <source>Run B: %1</source>
        <translation>Lượt B: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="1118"/>
        <source>&lt;b&gt;Lesson: %1&lt;/b&gt; (%2/%3): %4</source>
        <translation>&lt;b&gt;Bài học: %1&lt;/b&gt; (%2/%3): %4</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="1135"/>
        <source>From step %1</source>
        <translation>Từ bước %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="1135"/>
        <source>From scratch</source>
        <translation>Từ đầu</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="1137"/>
        <source>From step %1: trained ahead of time, with its loss curve</source>
        <translation>Từ bước %1: đã huấn luyện trước, kèm đường cong mất mát</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="1139"/>
        <source>This lesson&apos;s claims need %1 training steps. It opens at that step, trained ahead of time by rnnscope-cli from this same lesson, so there is something to see at once; training goes on live from there. Choose &quot;From scratch&quot; to watch it learn from new random weights.</source>
        <translation>Các khẳng định của bài học này cần %1 bước huấn luyện. Bài học mở ở bước đó, đã được rnnscope-cli huấn luyện trước từ chính bài học này, để có cái xem ngay; việc huấn luyện tiếp tục trực tiếp từ đó. Chọn &quot;Từ đầu&quot; để xem mạng học từ các trọng số ngẫu nhiên mới.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="1208"/>
        <source>This change resets training: the model starts again from new random weights and the curves start over. Continue?</source>
        <translation>Thay đổi này sẽ đặt lại quá trình huấn luyện: mô hình bắt đầu lại từ trọng số ngẫu nhiên mới và các đường cong bắt đầu lại. Tiếp tục?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="1238"/>
        <source>This change resets run B: it starts again from new random weights and its curves start over. Continue?</source>
        <translation>Thay đổi này đặt lại lượt B: nó bắt đầu lại từ trọng số ngẫu nhiên mới và các đường cong của nó bắt đầu lại. Tiếp tục?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="1260"/>
        <source>Run B could not start: %1</source>
        <translation>Không thể bắt đầu lượt B: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="1284"/>
        <source>B branched from A at step %1</source>
        <translation>B tách ra từ A tại bước %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="1285"/>
        <source>both from step 0, with the same seed</source>
        <translation>cả hai từ bước 0, cùng hạt giống ngẫu nhiên</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="1289"/>
        <source> B has A&apos;s settings so far: change them in the Model panel (it edits B).</source>
        <translation> B đang có thiết lập của A: hãy đổi chúng trong bảng Mô hình (bảng này sửa B).</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="1290"/>
        <source> B differs in: %1</source>
        <translation> B khác ở: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="1390"/>
        <source>Open a run folder</source>
        <translation>Mở một thư mục lượt chạy</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="1393"/>
        <source>Open a run</source>
        <translation>Mở một lượt chạy</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="1394"/>
        <source>Continue training the run in %1 here, or draw its curve beside the live run?</source>
        <translation>Tiếp tục huấn luyện lượt chạy trong %1 ở đây, hay vẽ đường cong của nó bên cạnh lượt chạy đang huấn luyện?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="1396"/>
        <source>Pin beside the live run</source>
        <translation>Ghim bên cạnh lượt chạy đang huấn luyện</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="1397"/>
        <source>Continue it here</source>
        <translation>Tiếp tục nó ở đây</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="1405"/>
        <source>Save the run into a folder</source>
        <translation>Lưu lượt chạy vào một thư mục</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="1466"/>
        <source>&lt;h3&gt;rnnscope %1&lt;/h3&gt;&lt;p&gt;A laboratory for recurrent neural networks: watch a small RNN, LSTM or GRU learn to predict the next character of a text, live, and step through it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Keys:&lt;/b&gt; Space play/pause · N one update · M slow motion · R new weights · F1 about this lesson · Ctrl+ / Ctrl− text size&lt;/p&gt;&lt;p&gt;Checkpoints are .safetensors files with PyTorch&apos;s parameter names, so weights move both ways.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;rnnscope %1&lt;/h3&gt;&lt;p&gt;Phòng thí nghiệm về mạng nơ-ron hồi quy: xem một mạng RNN, LSTM hoặc GRU nhỏ học dự đoán ký tự tiếp theo của một văn bản theo thời gian thực, và cho nó chạy từng bước một.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Phím tắt:&lt;/b&gt; Space chạy/tạm dừng · N một lần cập nhật · M quay chậm · R trọng số mới · F1 về bài học này · Ctrl+ / Ctrl− cỡ chữ&lt;/p&gt;&lt;p&gt;Checkpoint là các tệp .safetensors dùng tên tham số của PyTorch, nên trọng số chuyển được theo cả hai chiều.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="545"/>
        <source>&amp;Every panel at once</source>
        <translation>&amp;Mọi bảng cùng lúc</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="546"/>
        <source>All seven panels side by side, for large screens</source>
        <translation>Cả bảy bảng đặt cạnh nhau, dành cho màn hình lớn</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="609"/>
        <source>Whether the engine is training now</source>
        <translation>Bộ máy có đang huấn luyện hay không</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="611"/>
        <source>Updates done so far; an epoch is one pass over the training text</source>
        <translation>Số lần cập nhật đã thực hiện; một epoch là một lượt đi qua toàn bộ văn bản huấn luyện</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="613"/>
        <source>Cross-entropy of the last window: the mean of −ln p(next character), in nats per character. Guessing uniformly among V characters gives ln V.</source>
        <translation>Entropy chéo của cửa sổ cuối: trung bình của −ln p(ký tự tiếp theo), tính bằng nat mỗi ký tự. Đoán đều ngẫu nhiên giữa V ký tự cho ln V.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="615"/>
        <source>Characters predicted per second of training</source>
        <translation>Số ký tự được dự đoán trong mỗi giây huấn luyện</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="617"/>
        <source>How often the views redraw, and how long one redraw takes on the UI thread</source>
        <translation>Tần suất các khung vẽ lại, và thời gian một lần vẽ lại trên luồng giao diện</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="965"/>
        <source>The %1 view could not draw: %2</source>
        <translation>Khung %1 không vẽ được: %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="1003"/>
        <source>&amp;Pause</source>
        <translation>&amp;Tạm dừng</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="635"/>
        <location filename="../../ui/main_window.cpp" line="1052"/>
        <source>● Training</source>
        <translation>● Đang huấn luyện</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="544"/>
        <source>The charts as tabs in the middle, samples and cells as tabs on the right, the settings on the left (in a tab on smaller screens)</source>
        <translation>Các biểu đồ thành các thẻ ở giữa, mẫu sinh và ô nhớ thành các thẻ bên phải, phần cài đặt ở bên trái (trong một thẻ trên màn hình nhỏ)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="548"/>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="553"/>
        <source>As the system</source>
        <translation>Theo hệ thống</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="575"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="577"/>
        <source>The new language takes effect when rnnscope starts again. Restart now? Training so far is not kept (save a checkpoint first if you need it).</source>
        <translation>Ngôn ngữ mới có hiệu lực khi rnnscope khởi động lại. Khởi động lại ngay? Kết quả huấn luyện đến giờ sẽ không được giữ (hãy lưu checkpoint trước nếu cần).</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="579"/>
        <source>Restart now</source>
        <translation>Khởi động lại ngay</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="580"/>
        <source>Later</source>
        <translation>Để sau</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="635"/>
        <location filename="../../ui/main_window.cpp" line="1052"/>
        <source>❚❚ Paused</source>
        <translation>❚❚ Tạm dừng</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="637"/>
        <location filename="../../ui/main_window.cpp" line="1055"/>
        <source>Step %1 · epoch %2</source>
        <translation>Bước %1 · epoch %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="638"/>
        <location filename="../../ui/main_window.cpp" line="1059"/>
        <source>Loss %1 nats/char</source>
        <translation>Mất mát %1 nat/ký tự</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="638"/>
        <location filename="../../ui/main_window.cpp" line="1063"/>
        <source> · validation %1</source>
        <translation> · kiểm định %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="639"/>
        <location filename="../../ui/main_window.cpp" line="1065"/>
        <source>%1 chars/s</source>
        <translation>%1 ký tự/giây</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="653"/>
        <location filename="../../ui/main_window.cpp" line="1101"/>
        <source>UI %1 fps · %2 ms/frame</source>
        <translation>Giao diện %1 fps · %2 ms/khung hình</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="1104"/>
        <source>How often the views redraw, and how long one redraw takes on the UI thread (rendering the snapshot into the panels, then painting).
Last render per panel:</source>
        <translation>Tần suất các khung vẽ lại, và thời gian một lần vẽ lại trên luồng giao diện (đưa ảnh chụp dữ liệu vào các bảng, rồi vẽ lên màn hình).
Lần vẽ gần nhất của từng bảng:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="1107"/>
        <source>
  %1: %2 ms + painting %3 ms</source>
        <translation>
  %1: %2 ms + vẽ màn hình %3 ms</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="1124"/>
        <source>&lt;b&gt;Lesson: %1.&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Bài học: %1.&lt;/b&gt; %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="1286"/>
        <source>&lt;b&gt;Comparing&lt;/b&gt; run A (solid lines; first in Cells and Samples) and run B (dashed; second): the same text and data order; %1.</source>
        <translation>&lt;b&gt;Đang so sánh&lt;/b&gt; lượt A (nét liền; đứng trước trong Ô nhớ và Mẫu sinh) và lượt B (nét đứt; đứng sau): cùng văn bản và thứ tự dữ liệu; %1.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="1363"/>
        <source>Open a text to train on</source>
        <translation>Mở văn bản để huấn luyện</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="1364"/>
        <source>Text files (*.txt *.md *.py *.c *.h *.cpp *.js);;All files (*)</source>
        <translation>Tệp văn bản (*.txt *.md *.py *.c *.h *.cpp *.js);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="1371"/>
        <source>Open a checkpoint</source>
        <translation>Mở checkpoint</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="1372"/>
        <source>Checkpoints (*.safetensors);;All files (*)</source>
        <translation>Checkpoint (*.safetensors);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="1379"/>
        <source>Save the model</source>
        <translation>Lưu mô hình</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="1381"/>
        <source>Checkpoints (*.safetensors)</source>
        <translation>Checkpoint (*.safetensors)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="1415"/>
        <source>Restore autosaved session</source>
        <translation>Khôi phục phiên tự động lưu</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="1415"/>
        <source>No session has been autosaved yet.</source>
        <translation>Chưa có phiên nào được tự động lưu.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="1428"/>
        <source>rnnscope did not close properly last time. Restore the session it saved at step %1 (%2)? Otherwise the lesson starts fresh.</source>
        <translation>Lần trước rnnscope không đóng đúng cách. Khôi phục phiên đã lưu ở bước %1 (%2)? Nếu không, bài học bắt đầu lại từ đầu.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="1454"/>
        <source>About this lesson</source>
        <translation>Về bài học này</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="1459"/>
        <source>What to look at:</source>
        <translation>Cần quan sát gì:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="1465"/>
        <source>About rnnscope</source>
        <translation>Về rnnscope</translation>
    </message>
</context>
<context>
    <name>rnnscope::ui::ModelPanel</name>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="93"/>
        <source>built-in dialogue prose</source>
        <translation>văn xuôi hội thoại có sẵn</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="94"/>
        <source>built-in indented code</source>
        <translation>mã thụt lề có sẵn</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="95"/>
        <source>built-in text (%1)</source>
        <translation>văn bản có sẵn (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="123"/>
        <source>&lt;b&gt;Vanilla RNN&lt;/b&gt;&lt;br&gt;&lt;i&gt;h&lt;/i&gt;&amp;prime; = %1(&lt;i&gt;W&lt;/i&gt;&lt;sub&gt;ih&lt;/sub&gt; &lt;i&gt;x&lt;/i&gt; + &lt;i&gt;b&lt;/i&gt;&lt;sub&gt;ih&lt;/sub&gt; + &lt;i&gt;W&lt;/i&gt;&lt;sub&gt;hh&lt;/sub&gt; &lt;i&gt;h&lt;/i&gt; + &lt;i&gt;b&lt;/i&gt;&lt;sub&gt;hh&lt;/sub&gt;)</source>
        <translation>&lt;b&gt;RNN thuần&lt;/b&gt;&lt;br&gt;&lt;i&gt;h&lt;/i&gt;&amp;prime; = %1(&lt;i&gt;W&lt;/i&gt;&lt;sub&gt;ih&lt;/sub&gt; &lt;i&gt;x&lt;/i&gt; + &lt;i&gt;b&lt;/i&gt;&lt;sub&gt;ih&lt;/sub&gt; + &lt;i&gt;W&lt;/i&gt;&lt;sub&gt;hh&lt;/sub&gt; &lt;i&gt;h&lt;/i&gt; + &lt;i&gt;b&lt;/i&gt;&lt;sub&gt;hh&lt;/sub&gt;)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="127"/>
        <source>&lt;b&gt;LSTM&lt;/b&gt; (gates i, f, g, o)&lt;br&gt;&lt;i&gt;i&lt;/i&gt;, &lt;i&gt;f&lt;/i&gt;, &lt;i&gt;o&lt;/i&gt; = %1(&amp;hellip;), &lt;i&gt;g&lt;/i&gt; = tanh(&amp;hellip;) of &lt;i&gt;W&lt;/i&gt;&lt;sub&gt;ih&lt;/sub&gt; &lt;i&gt;x&lt;/i&gt; + &lt;i&gt;b&lt;/i&gt;&lt;sub&gt;ih&lt;/sub&gt; + &lt;i&gt;W&lt;/i&gt;&lt;sub&gt;hh&lt;/sub&gt; &lt;i&gt;h&lt;/i&gt; + &lt;i&gt;b&lt;/i&gt;&lt;sub&gt;hh&lt;/sub&gt;&lt;br&gt;&lt;i&gt;c&lt;/i&gt;&amp;prime; = &lt;i&gt;f&lt;/i&gt; &amp;lowast; &lt;i&gt;c&lt;/i&gt; + &lt;i&gt;i&lt;/i&gt; &amp;lowast; &lt;i&gt;g&lt;/i&gt;, &amp;nbsp; &lt;i&gt;h&lt;/i&gt;&amp;prime; = &lt;i&gt;o&lt;/i&gt; &amp;lowast; tanh(&lt;i&gt;c&lt;/i&gt;&amp;prime;)</source>
        <translation>&lt;b&gt;LSTM&lt;/b&gt; (các cổng i, f, g, o)&lt;br&gt;&lt;i&gt;i&lt;/i&gt;, &lt;i&gt;f&lt;/i&gt;, &lt;i&gt;o&lt;/i&gt; = %1(&amp;hellip;), &lt;i&gt;g&lt;/i&gt; = tanh(&amp;hellip;) của &lt;i&gt;W&lt;/i&gt;&lt;sub&gt;ih&lt;/sub&gt; &lt;i&gt;x&lt;/i&gt; + &lt;i&gt;b&lt;/i&gt;&lt;sub&gt;ih&lt;/sub&gt; + &lt;i&gt;W&lt;/i&gt;&lt;sub&gt;hh&lt;/sub&gt; &lt;i&gt;h&lt;/i&gt; + &lt;i&gt;b&lt;/i&gt;&lt;sub&gt;hh&lt;/sub&gt;&lt;br&gt;&lt;i&gt;c&lt;/i&gt;&amp;prime; = &lt;i&gt;f&lt;/i&gt; &amp;lowast; &lt;i&gt;c&lt;/i&gt; + &lt;i&gt;i&lt;/i&gt; &amp;lowast; &lt;i&gt;g&lt;/i&gt;, &amp;nbsp; &lt;i&gt;h&lt;/i&gt;&amp;prime; = &lt;i&gt;o&lt;/i&gt; &amp;lowast; tanh(&lt;i&gt;c&lt;/i&gt;&amp;prime;)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="196"/>
        <source>Discard</source>
        <translation>Bỏ thay đổi</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="199"/>
        <source>Forget the edits and show the settings of the model that is training.</source>
        <translation>Bỏ các chỉnh sửa và hiển thị cài đặt của mô hình đang được huấn luyện.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="200"/>
        <source>Apply (resets training)</source>
        <translation>Áp dụng (huấn luyện lại)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="203"/>
        <source>Build a new model with these settings. The weights start again from random values and the curves start over.</source>
        <translation>Xây dựng một mô hình mới với các cài đặt này. Trọng số bắt đầu lại từ các giá trị ngẫu nhiên và các đường cong bắt đầu lại.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="230"/>
        <source>&lt;b&gt;RNN&lt;/b&gt;: one tanh layer; the gradient through time is multiplied by W&lt;sub&gt;hh&lt;/sub&gt; at every step, so it fades or explodes.&lt;br&gt;&lt;b&gt;LSTM&lt;/b&gt;: a cell state updated by addition (c&amp;prime; = f&amp;lowast;c + i&amp;lowast;g) carries information and gradient over long distances.&lt;br&gt;&lt;b&gt;GRU&lt;/b&gt;: like the LSTM with two gates and no separate cell state.</source>
        <translation>&lt;b&gt;RNN&lt;/b&gt;: một lớp tanh; gradient qua thời gian bị nhân với W&lt;sub&gt;hh&lt;/sub&gt; ở mỗi bước, nên nó tiêu biến hoặc bùng nổ.&lt;br&gt;&lt;b&gt;LSTM&lt;/b&gt;: một trạng thái tế bào (cell state) được cập nhật bằng phép cộng (c&amp;prime; = f&amp;lowast;c + i&amp;lowast;g) mang thông tin và gradient đi qua những khoảng cách dài.&lt;br&gt;&lt;b&gt;GRU&lt;/b&gt;: giống LSTM nhưng có hai cổng và không có trạng thái tế bào riêng.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="235"/>
        <source>RNN (vanilla)</source>
        <translation>RNN (thuần)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="236"/>
        <source>LSTM</source>
        <translation>LSTM</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="237"/>
        <source>GRU</source>
        <translation>GRU</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="238"/>
        <source>Cell:</source>
        <translation>Loại ô:</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="241"/>
        <source>The squashing function of the vanilla RNN. &lt;b&gt;tanh&lt;/b&gt; keeps h in (&amp;minus;1, 1); &lt;b&gt;relu&lt;/b&gt; is unbounded above, so the state and gradients can blow up without clipping.</source>
        <translation>Hàm nén của RNN thuần. &lt;b&gt;tanh&lt;/b&gt; giữ h trong khoảng (&amp;minus;1, 1); &lt;b&gt;relu&lt;/b&gt; không bị chặn trên, nên trạng thái và gradient có thể bùng nổ nếu không cắt gradient.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="247"/>
        <source>Nonlinearity:</source>
        <translation>Hàm phi tuyến:</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="257"/>
        <source>reset_after (PyTorch)</source>
        <translation>reset_after (PyTorch)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="258"/>
        <source>classic (lecture notes)</source>
        <translation>cổ điển (giáo trình)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="259"/>
        <source>GRU variant:</source>
        <translation>Biến thể GRU:</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="261"/>
        <source>normalise each layer</source>
        <translation>chuẩn hoá từng lớp</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="263"/>
        <source>Layer normalisation (Ba et al. 2016): W&lt;sub&gt;hh&lt;/sub&gt;h and W&lt;sub&gt;ih&lt;/sub&gt;x are each rescaled to mean 0 and variance 1 over the units (then a learned gain and bias) before they are added, so however large W&lt;sub&gt;hh&lt;/sub&gt; starts, the pre-activations stay in the range where tanh still has a slope. For the vanilla RNN and the LSTM.</source>
        <translation>Chuẩn hoá theo lớp (Ba và cộng sự, 2016): W&lt;sub&gt;hh&lt;/sub&gt;h và W&lt;sub&gt;ih&lt;/sub&gt;x đều được đưa về trung bình 0 và phương sai 1 trên các đơn vị (rồi nhân hệ số và cộng độ lệch học được) trước khi cộng lại, nên dù W&lt;sub&gt;hh&lt;/sub&gt; khởi đầu lớn đến đâu, tiền kích hoạt vẫn nằm trong vùng tanh còn độ dốc. Dành cho RNN thuần và LSTM.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="267"/>
        <source>Layer norm:</source>
        <translation>Chuẩn hoá lớp:</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="280"/>
        <source>Cells per layer, H: the size of the state h. More cells can remember more, but each step costs about H&amp;sup2; multiplications.</source>
        <translation>Số ô mỗi lớp, H: kích thước của trạng thái h. Nhiều ô hơn thì nhớ được nhiều hơn, nhưng mỗi bước tốn khoảng H&amp;sup2; phép nhân.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="283"/>
        <source>Hidden size H:</source>
        <translation>Kích thước trạng thái ẩn H:</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="287"/>
        <source>Stacked recurrent layers (1&amp;ndash;4). Layer 1 reads the characters; each layer above reads the hidden states of the one below.</source>
        <translation>Các lớp hồi quy xếp chồng (1&amp;ndash;4). Lớp 1 đọc các ký tự; mỗi lớp phía trên đọc trạng thái ẩn của lớp bên dưới.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="290"/>
        <source>Layers:</source>
        <translation>Số lớp:</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="294"/>
        <source>Size E of the learned vector of each character. &lt;b&gt;0 = one-hot&lt;/b&gt;: each character enters as a vector of V zeros with a single 1.</source>
        <translation>Kích thước E của vector được học cho mỗi ký tự. &lt;b&gt;0 = one-hot&lt;/b&gt;: mỗi ký tự đi vào dưới dạng một vector gồm V số 0 với duy nhất một số 1.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="297"/>
        <source>0 (one-hot)</source>
        <translation>0 (one-hot)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="298"/>
        <source>Embedding size E:</source>
        <translation>Kích thước nhúng E:</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="327"/>
        <source>How the weights start.&lt;br&gt;&lt;b&gt;pytorch&lt;/b&gt;: U(&amp;minus;1/&amp;radic;H, 1/&amp;radic;H), PyTorch&apos;s default.&lt;br&gt;&lt;b&gt;xavier&lt;/b&gt;: variance 2/(fan_in + fan_out), keeps signals steady through tanh.&lt;br&gt;&lt;b&gt;he&lt;/b&gt;: variance 2/fan_in, for relu.&lt;br&gt;&lt;b&gt;orthogonal&lt;/b&gt;: W&lt;sub&gt;hh&lt;/sub&gt; with every singular value 1, so at first the state neither shrinks nor grows.</source>
        <translation>Cách khởi tạo trọng số.&lt;br&gt;&lt;b&gt;pytorch&lt;/b&gt;: U(&amp;minus;1/&amp;radic;H, 1/&amp;radic;H), mặc định của PyTorch.&lt;br&gt;&lt;b&gt;xavier&lt;/b&gt;: phương sai 2/(fan_in + fan_out), giữ tín hiệu ổn định khi qua tanh.&lt;br&gt;&lt;b&gt;he&lt;/b&gt;: phương sai 2/fan_in, dành cho relu.&lt;br&gt;&lt;b&gt;orthogonal&lt;/b&gt;: W&lt;sub&gt;hh&lt;/sub&gt; có mọi giá trị kỳ dị bằng 1, nên lúc đầu trạng thái không co lại cũng không phình ra.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="332"/>
        <source>pytorch (default)</source>
        <translation>pytorch (mặc định)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="336"/>
        <source>Scheme:</source>
        <translation>Kiểu khởi tạo:</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="351"/>
        <source>off</source>
        <translation>tắt</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="352"/>
        <source>Spectral radius ρ:</source>
        <translation>Bán kính phổ ρ:</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="363"/>
        <source>Starting bias of the LSTM forget gate f. With b = 1, f = &amp;sigma;(1) &amp;asymp; 0.73: the gate starts mostly open, so the cell state and its gradient flow through time from the first step. The lowest setting leaves the scheme&apos;s bias.</source>
        <translation>Độ lệch ban đầu của cổng quên f trong LSTM. Với b = 1, f = &amp;sigma;(1) &amp;asymp; 0.73: cổng bắt đầu ở trạng thái phần lớn mở, nên trạng thái tế bào (cell state) và gradient của nó chảy qua thời gian ngay từ bước đầu tiên. Giá trị thấp nhất giữ nguyên độ lệch của kiểu khởi tạo.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="369"/>
        <source>scheme&apos;s own</source>
        <translation>theo kiểu khởi tạo</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="370"/>
        <source>Forget-gate bias:</source>
        <translation>Độ lệch cổng quên:</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="389"/>
        <source>The update rule. &lt;b&gt;sgd&lt;/b&gt;: p &amp;larr; p &amp;minus; &amp;eta;g. &lt;b&gt;momentum&lt;/b&gt;, &lt;b&gt;nesterov&lt;/b&gt;: a velocity accumulates past gradients. &lt;b&gt;rmsprop&lt;/b&gt;, &lt;b&gt;adagrad&lt;/b&gt;: each parameter&apos;s step is divided by the running size of its gradient. &lt;b&gt;adam&lt;/b&gt;: momentum and rmsprop together, with bias correction.&lt;br&gt;Switching restarts the optimiser&apos;s memory.</source>
        <translation>Quy tắc cập nhật. &lt;b&gt;sgd&lt;/b&gt;: p &amp;larr; p &amp;minus; &amp;eta;g. &lt;b&gt;momentum&lt;/b&gt;, &lt;b&gt;nesterov&lt;/b&gt;: một vận tốc tích lũy các gradient trước đó. &lt;b&gt;rmsprop&lt;/b&gt;, &lt;b&gt;adagrad&lt;/b&gt;: bước của mỗi tham số được chia cho độ lớn tích lũy của gradient của nó. &lt;b&gt;adam&lt;/b&gt;: kết hợp momentum và rmsprop, có hiệu chỉnh độ lệch.&lt;br&gt;Khi đổi bộ tối ưu, bộ nhớ của bộ tối ưu bắt đầu lại từ đầu.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="401"/>
        <source>Optimiser:</source>
        <translation>Bộ tối ưu:</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="405"/>
        <source>Step size &amp;eta;. Too small: the loss crawls down. Too large: it jumps around or becomes NaN. The arrows step 1, 2, 3, 5, 7 per decade; you can type 3e-4.</source>
        <translation>Kích thước bước &amp;eta;. Quá nhỏ: mất mát giảm rất chậm. Quá lớn: mất mát nhảy lung tung hoặc thành NaN. Các nút mũi tên đi theo các mức 1, 2, 3, 5, 7 trong mỗi bậc thập phân; bạn có thể gõ 3e-4.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="408"/>
        <source>Learning rate η:</source>
        <translation>Tốc độ học η:</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="412"/>
        <source>&amp;mu; in v &amp;larr; &amp;mu;v + g, p &amp;larr; p &amp;minus; &amp;eta;v. With 0.9 the velocity averages about the last ten gradients, smoothing out their zig-zag.</source>
        <translation>&amp;mu; trong v &amp;larr; &amp;mu;v + g, p &amp;larr; p &amp;minus; &amp;eta;v. Với 0.9, vận tốc xấp xỉ trung bình của khoảng mười gradient gần nhất, làm dịu đường zig-zag của chúng.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="417"/>
        <source>Momentum μ:</source>
        <translation>Động lượng μ:</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="420"/>
        <source>Adam&apos;s momentum: m &amp;larr; &amp;beta;&lt;sub&gt;1&lt;/sub&gt;m + (1 &amp;minus; &amp;beta;&lt;sub&gt;1&lt;/sub&gt;)g.</source>
        <translation>Động lượng của Adam: m &amp;larr; &amp;beta;&lt;sub&gt;1&lt;/sub&gt;m + (1 &amp;minus; &amp;beta;&lt;sub&gt;1&lt;/sub&gt;)g.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="424"/>
        <source>Adam β₁:</source>
        <translation>Adam β₁:</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="428"/>
        <source>Adam&apos;s average of squared gradients: v &amp;larr; &amp;beta;&lt;sub&gt;2&lt;/sub&gt;v + (1 &amp;minus; &amp;beta;&lt;sub&gt;2&lt;/sub&gt;)g&amp;sup2;.</source>
        <translation>Trung bình bình phương gradient của Adam: v &amp;larr; &amp;beta;&lt;sub&gt;2&lt;/sub&gt;v + (1 &amp;minus; &amp;beta;&lt;sub&gt;2&lt;/sub&gt;)g&amp;sup2;.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="432"/>
        <source>Adam β₂:</source>
        <translation>Adam β₂:</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="436"/>
        <source>RMSProp&apos;s smoothing: v &amp;larr; &amp;alpha;v + (1 &amp;minus; &amp;alpha;)g&amp;sup2;, step = &amp;eta;g / (&amp;radic;v + &amp;epsilon;).</source>
        <translation>Hệ số làm mượt của RMSProp: v &amp;larr; &amp;alpha;v + (1 &amp;minus; &amp;alpha;)g&amp;sup2;, bước = &amp;eta;g / (&amp;radic;v + &amp;epsilon;).</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="440"/>
        <source>RMSProp α:</source>
        <translation>RMSProp α:</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="444"/>
        <source>Added to &amp;radic;v so the step stays finite where a gradient is nearly zero.</source>
        <translation>Được cộng vào &amp;radic;v để bước luôn hữu hạn khi gradient gần bằng 0.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="446"/>
        <source>ε:</source>
        <translation>ε:</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="471"/>
        <source>none</source>
        <translation>không</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="472"/>
        <source>by norm</source>
        <translation>theo chuẩn</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="473"/>
        <source>by value</source>
        <translation>theo giá trị</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="474"/>
        <source>Clipping:</source>
        <translation>Cắt gradient:</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="478"/>
        <source>Threshold c: the largest gradient norm (by norm) or component (by value) that passes unchanged.</source>
        <translation>Ngưỡng c: chuẩn gradient (theo chuẩn) hoặc thành phần (theo giá trị) lớn nhất được đi qua mà không bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="482"/>
        <source>Threshold c:</source>
        <translation>Ngưỡng c:</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="632"/>
        <source>Every knob of the experiment. A sequence task trains: the network reads each example and is scored only where the task asks for an output (the last state for a label, every position for tags, the decoder&apos;s steps for an output sequence); training minimises the mean cross-entropy over those outputs.</source>
        <translation>Mọi tham số của thí nghiệm. Đang huấn luyện một bài toán chuỗi: mạng đọc từng ví dụ và chỉ được tính mất mát ở những chỗ bài toán yêu cầu một đầu ra (trạng thái cuối với bài toán gán một nhãn, mọi vị trí với bài toán gán nhãn từng vị trí, các bước của decoder với một chuỗi đầu ra); quá trình huấn luyện cực tiểu hóa entropy chéo trung bình trên các đầu ra đó.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="636"/>
        <source>Every knob of the experiment. The model reads the text one character at a time and learns to predict the next one; training minimises the mean cross-entropy &lt;i&gt;L&lt;/i&gt; = &amp;minus;(1/&lt;i&gt;N&lt;/i&gt;) &amp;Sigma; log &lt;i&gt;p&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;+1&lt;/sub&gt; | &lt;i&gt;x&lt;/i&gt;&lt;sub&gt;1&lt;/sub&gt;&amp;hellip;&lt;i&gt;x&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&lt;/sub&gt;).</source>
        <translation>Mọi tham số của thí nghiệm. Mô hình đọc văn bản từng ký tự một và học dự đoán ký tự tiếp theo; quá trình huấn luyện cực tiểu hóa entropy chéo trung bình &lt;i&gt;L&lt;/i&gt; = &amp;minus;(1/&lt;i&gt;N&lt;/i&gt;) &amp;Sigma; log &lt;i&gt;p&lt;/i&gt;(&lt;i&gt;x&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;+1&lt;/sub&gt; | &lt;i&gt;x&lt;/i&gt;&lt;sub&gt;1&lt;/sub&gt;&amp;hellip;&lt;i&gt;x&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&lt;/sub&gt;).</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="639"/>
        <source>&lt;br&gt;&lt;b&gt;Optimisation&lt;/b&gt; settings (learning rate, optimiser, clipping) change training at the next step. &lt;b&gt;Model&lt;/b&gt;, &lt;b&gt;initialisation&lt;/b&gt; and &lt;b&gt;data&lt;/b&gt; settings need a new model: edit them, then press &lt;b&gt;Apply&lt;/b&gt;; training restarts from fresh weights. Hover over any setting to learn what it does.</source>
        <translation>&lt;br&gt;Các cài đặt &lt;b&gt;tối ưu&lt;/b&gt; (tốc độ học, bộ tối ưu, cắt gradient) thay đổi việc huấn luyện ngay từ bước tiếp theo. Các cài đặt &lt;b&gt;mô hình&lt;/b&gt;, &lt;b&gt;khởi tạo&lt;/b&gt; và &lt;b&gt;dữ liệu&lt;/b&gt; cần một mô hình mới: hãy sửa chúng, rồi nhấn &lt;b&gt;Áp dụng&lt;/b&gt;; quá trình huấn luyện bắt đầu lại từ trọng số mới. Di chuột lên một cài đặt bất kỳ để biết nó làm gì.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="920"/>
        <source>caches: %1 MB for the whole text (%2 steps per stream)</source>
        <translation>bộ nhớ đệm: %1 MB cho cả văn bản (%2 bước mỗi luồng)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="921"/>
        <source>caches: %1 MB for a window of T = %2; full BPTT over this text: %3 MB</source>
        <translation>bộ nhớ đệm: %1 MB cho một cửa sổ T = %2; BPTT đầy đủ trên văn bản này: %3 MB</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="935"/>
        <source>Settings of run:</source>
        <translation>Thiết lập của lượt:</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="940"/>
        <source>B (dashed)</source>
        <translation>B (nét đứt)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="940"/>
        <source>A (solid)</source>
        <translation>A (nét liền)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="943"/>
        <source>Show and change run B&apos;s settings: what you change here, B alone trains with</source>
        <translation>Xem và đổi thiết lập của lượt B: những gì bạn đổi ở đây chỉ B học với chúng</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="944"/>
        <source>Show and change run A&apos;s settings</source>
        <translation>Xem và đổi thiết lập của lượt A</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="117"/>
        <source>Model and training</source>
        <translation>Mô hình và huấn luyện</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="136"/>
        <source>&lt;b&gt;GRU, classic&lt;/b&gt; (the lecture notes&apos; form)&lt;br&gt;&lt;i&gt;r&lt;/i&gt; = %1(&lt;i&gt;W&lt;/i&gt;&lt;sub&gt;r&lt;/sub&gt; &lt;i&gt;x&lt;/i&gt; + &lt;i&gt;U&lt;/i&gt;&lt;sub&gt;r&lt;/sub&gt; &lt;i&gt;h&lt;/i&gt; + &lt;i&gt;b&lt;/i&gt;&lt;sub&gt;r&lt;/sub&gt;), &lt;i&gt;z&lt;/i&gt; = %1(&lt;i&gt;W&lt;/i&gt;&lt;sub&gt;z&lt;/sub&gt; &lt;i&gt;x&lt;/i&gt; + &lt;i&gt;U&lt;/i&gt;&lt;sub&gt;z&lt;/sub&gt; &lt;i&gt;h&lt;/i&gt; + &lt;i&gt;b&lt;/i&gt;&lt;sub&gt;z&lt;/sub&gt;)&lt;br&gt;&lt;i&gt;h&amp;#771;&lt;/i&gt; = tanh(&lt;i&gt;W x&lt;/i&gt; + &lt;i&gt;U&lt;/i&gt;(&lt;i&gt;r&lt;/i&gt; &amp;lowast; &lt;i&gt;h&lt;/i&gt;) + &lt;i&gt;b&lt;/i&gt;)&lt;br&gt;&lt;i&gt;h&lt;/i&gt;&amp;prime; = (1 &amp;minus; &lt;i&gt;z&lt;/i&gt;) &amp;lowast; &lt;i&gt;h&lt;/i&gt; + &lt;i&gt;z&lt;/i&gt; &amp;lowast; &lt;i&gt;h&amp;#771;&lt;/i&gt;: &lt;i&gt;z&lt;/i&gt; &amp;asymp; 1 takes the new candidate</source>
        <translation>&lt;b&gt;GRU, cổ điển&lt;/b&gt; (dạng trong giáo trình)&lt;br&gt;&lt;i&gt;r&lt;/i&gt; = %1(&lt;i&gt;W&lt;/i&gt;&lt;sub&gt;r&lt;/sub&gt; &lt;i&gt;x&lt;/i&gt; + &lt;i&gt;U&lt;/i&gt;&lt;sub&gt;r&lt;/sub&gt; &lt;i&gt;h&lt;/i&gt; + &lt;i&gt;b&lt;/i&gt;&lt;sub&gt;r&lt;/sub&gt;), &lt;i&gt;z&lt;/i&gt; = %1(&lt;i&gt;W&lt;/i&gt;&lt;sub&gt;z&lt;/sub&gt; &lt;i&gt;x&lt;/i&gt; + &lt;i&gt;U&lt;/i&gt;&lt;sub&gt;z&lt;/sub&gt; &lt;i&gt;h&lt;/i&gt; + &lt;i&gt;b&lt;/i&gt;&lt;sub&gt;z&lt;/sub&gt;)&lt;br&gt;&lt;i&gt;h&amp;#771;&lt;/i&gt; = tanh(&lt;i&gt;W x&lt;/i&gt; + &lt;i&gt;U&lt;/i&gt;(&lt;i&gt;r&lt;/i&gt; &amp;lowast; &lt;i&gt;h&lt;/i&gt;) + &lt;i&gt;b&lt;/i&gt;)&lt;br&gt;&lt;i&gt;h&lt;/i&gt;&amp;prime; = (1 &amp;minus; &lt;i&gt;z&lt;/i&gt;) &amp;lowast; &lt;i&gt;h&lt;/i&gt; + &lt;i&gt;z&lt;/i&gt; &amp;lowast; &lt;i&gt;h&amp;#771;&lt;/i&gt;: &lt;i&gt;z&lt;/i&gt; &amp;asymp; 1 lấy ứng viên mới</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="143"/>
        <source>&lt;b&gt;GRU, reset_after&lt;/b&gt; (PyTorch, cuDNN, Keras)&lt;br&gt;&lt;i&gt;r&lt;/i&gt;, &lt;i&gt;z&lt;/i&gt; = %1(&lt;i&gt;W&lt;/i&gt;&lt;sub&gt;i&lt;/sub&gt; &lt;i&gt;x&lt;/i&gt; + &lt;i&gt;b&lt;/i&gt;&lt;sub&gt;i&lt;/sub&gt; + &lt;i&gt;W&lt;/i&gt;&lt;sub&gt;h&lt;/sub&gt; &lt;i&gt;h&lt;/i&gt; + &lt;i&gt;b&lt;/i&gt;&lt;sub&gt;h&lt;/sub&gt;)&lt;br&gt;&lt;i&gt;n&lt;/i&gt; = tanh(&lt;i&gt;W&lt;/i&gt;&lt;sub&gt;in&lt;/sub&gt; &lt;i&gt;x&lt;/i&gt; + &lt;i&gt;b&lt;/i&gt;&lt;sub&gt;in&lt;/sub&gt; + &lt;i&gt;r&lt;/i&gt; &amp;lowast; (&lt;i&gt;W&lt;/i&gt;&lt;sub&gt;hn&lt;/sub&gt; &lt;i&gt;h&lt;/i&gt; + &lt;i&gt;b&lt;/i&gt;&lt;sub&gt;hn&lt;/sub&gt;))&lt;br&gt;&lt;i&gt;h&lt;/i&gt;&amp;prime; = (1 &amp;minus; &lt;i&gt;z&lt;/i&gt;) &amp;lowast; &lt;i&gt;n&lt;/i&gt; + &lt;i&gt;z&lt;/i&gt; &amp;lowast; &lt;i&gt;h&lt;/i&gt;: &lt;i&gt;z&lt;/i&gt; &amp;asymp; 1 keeps the old state</source>
        <translation>&lt;b&gt;GRU, reset_after&lt;/b&gt; (PyTorch, cuDNN, Keras)&lt;br&gt;&lt;i&gt;r&lt;/i&gt;, &lt;i&gt;z&lt;/i&gt; = %1(&lt;i&gt;W&lt;/i&gt;&lt;sub&gt;i&lt;/sub&gt; &lt;i&gt;x&lt;/i&gt; + &lt;i&gt;b&lt;/i&gt;&lt;sub&gt;i&lt;/sub&gt; + &lt;i&gt;W&lt;/i&gt;&lt;sub&gt;h&lt;/sub&gt; &lt;i&gt;h&lt;/i&gt; + &lt;i&gt;b&lt;/i&gt;&lt;sub&gt;h&lt;/sub&gt;)&lt;br&gt;&lt;i&gt;n&lt;/i&gt; = tanh(&lt;i&gt;W&lt;/i&gt;&lt;sub&gt;in&lt;/sub&gt; &lt;i&gt;x&lt;/i&gt; + &lt;i&gt;b&lt;/i&gt;&lt;sub&gt;in&lt;/sub&gt; + &lt;i&gt;r&lt;/i&gt; &amp;lowast; (&lt;i&gt;W&lt;/i&gt;&lt;sub&gt;hn&lt;/sub&gt; &lt;i&gt;h&lt;/i&gt; + &lt;i&gt;b&lt;/i&gt;&lt;sub&gt;hn&lt;/sub&gt;))&lt;br&gt;&lt;i&gt;h&lt;/i&gt;&amp;prime; = (1 &amp;minus; &lt;i&gt;z&lt;/i&gt;) &amp;lowast; &lt;i&gt;n&lt;/i&gt; + &lt;i&gt;z&lt;/i&gt; &amp;lowast; &lt;i&gt;h&lt;/i&gt;: &lt;i&gt;z&lt;/i&gt; &amp;asymp; 1 giữ trạng thái cũ</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="226"/>
        <source>Model · press Apply</source>
        <translation>Mô hình · nhấn Áp dụng</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="250"/>
        <source>Two ways to write the GRU. &lt;b&gt;reset_after&lt;/b&gt; (PyTorch, cuDNN, Keras): r multiplies W&lt;sub&gt;hn&lt;/sub&gt;h + b&lt;sub&gt;hn&lt;/sub&gt;, and h&amp;prime; = (1 &amp;minus; z) n + z h, so &lt;b&gt;z &amp;asymp; 1 keeps the old state&lt;/b&gt;. &lt;b&gt;classic&lt;/b&gt; (the lecture notes): r multiplies h before U, and h&amp;prime; = (1 &amp;minus; z) h + z h&amp;#771;, so &lt;b&gt;z &amp;asymp; 1 takes the new candidate&lt;/b&gt;: the same letter, opposite meanings. Both learn alike; their weights are not interchangeable.</source>
        <translation>Hai cách viết GRU. &lt;b&gt;reset_after&lt;/b&gt; (PyTorch, cuDNN, Keras): r nhân với W&lt;sub&gt;hn&lt;/sub&gt;h + b&lt;sub&gt;hn&lt;/sub&gt;, và h&amp;prime; = (1 &amp;minus; z) n + z h, nên &lt;b&gt;z &amp;asymp; 1 giữ trạng thái cũ&lt;/b&gt;. &lt;b&gt;cổ điển&lt;/b&gt; (giáo trình): r nhân với h trước khi nhân U, và h&amp;prime; = (1 &amp;minus; z) h + z h&amp;#771;, nên &lt;b&gt;z &amp;asymp; 1 lấy ứng viên mới&lt;/b&gt;: cùng một chữ cái, ý nghĩa ngược nhau. Cả hai học như nhau; trọng số của chúng không dùng thay cho nhau được.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="323"/>
        <source>Initialisation · press Apply</source>
        <translation>Khởi tạo · nhấn Áp dụng</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="340"/>
        <source>Rescale every W&lt;sub&gt;hh&lt;/sub&gt; block to spectral radius &amp;rho; (its largest |eigenvalue|). &amp;rho; says what happens over many steps, but one step can stretch a state by up to &amp;sigma;&lt;sub&gt;max&lt;/sub&gt;, the largest singular value, and &amp;rho; &amp;le; &amp;sigma;&lt;sub&gt;max&lt;/sub&gt;: for a non-normal W&lt;sub&gt;hh&lt;/sub&gt; &amp;rho; &amp;lt; 1 can go with &amp;sigma;&lt;sub&gt;max&lt;/sub&gt; &amp;gt; 1. The vanilla RNN&apos;s bound on the gradient over d steps, (&amp;gamma;&amp;sigma;&lt;sub&gt;max&lt;/sub&gt;)&lt;sup&gt;d&lt;/sup&gt;, uses &amp;sigma;&lt;sub&gt;max&lt;/sub&gt;, not &amp;rho;. With the &lt;b&gt;orthogonal&lt;/b&gt; scheme every singular value of a block equals &amp;rho; after rescaling, so there &amp;rho; = &amp;sigma;&lt;sub&gt;max&lt;/sub&gt;. 0 = off (keep the scheme&apos;s weights).</source>
        <translation>Co giãn mọi khối W&lt;sub&gt;hh&lt;/sub&gt; về bán kính phổ &amp;rho; (|trị riêng| lớn nhất của khối). &amp;rho; cho biết điều gì xảy ra qua nhiều bước, nhưng một bước có thể kéo giãn trạng thái tới &amp;sigma;&lt;sub&gt;max&lt;/sub&gt; lần, tức giá trị kỳ dị lớn nhất, và &amp;rho; &amp;le; &amp;sigma;&lt;sub&gt;max&lt;/sub&gt;: với W&lt;sub&gt;hh&lt;/sub&gt; không chuẩn tắc, &amp;rho; &amp;lt; 1 vẫn có thể đi kèm &amp;sigma;&lt;sub&gt;max&lt;/sub&gt; &amp;gt; 1. Cận của RNN thuần cho gradient qua d bước, (&amp;gamma;&amp;sigma;&lt;sub&gt;max&lt;/sub&gt;)&lt;sup&gt;d&lt;/sup&gt;, dùng &amp;sigma;&lt;sub&gt;max&lt;/sub&gt; chứ không phải &amp;rho;. Với kiểu khởi tạo &lt;b&gt;orthogonal&lt;/b&gt;, sau khi co giãn, mọi giá trị kỳ dị của một khối đều bằng &amp;rho;, nên khi đó &amp;rho; = &amp;sigma;&lt;sub&gt;max&lt;/sub&gt;. 0 = tắt (giữ trọng số của kiểu khởi tạo).</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="355"/>
        <source>Measured on layer 1&apos;s W&lt;sub&gt;hh&lt;/sub&gt; of the model being trained: &amp;rho; = its largest |eigenvalue| (for LSTM and GRU, the largest over the gate blocks), &amp;sigma;&lt;sub&gt;max&lt;/sub&gt; = its largest singular value (of all gate blocks stacked). Always &amp;rho; &amp;le; &amp;sigma;&lt;sub&gt;max&lt;/sub&gt;.</source>
        <translation>Đo trên W&lt;sub&gt;hh&lt;/sub&gt; của lớp 1 trong mô hình đang được huấn luyện: &amp;rho; = |trị riêng| lớn nhất của nó (với LSTM và GRU là giá trị lớn nhất trên các khối cổng), &amp;sigma;&lt;sub&gt;max&lt;/sub&gt; = giá trị kỳ dị lớn nhất của nó (của tất cả các khối cổng xếp chồng lại). Luôn có &amp;rho; &amp;le; &amp;sigma;&lt;sub&gt;max&lt;/sub&gt;.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="385"/>
        <source>Optimisation · live</source>
        <translation>Tối ưu · áp dụng ngay</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="450"/>
        <source>L2 penalty wd: g &amp;larr; g + wd&amp;middot;p pulls every weight towards 0, against memorising. 0 = off. (Called wd here because &amp;lambda; is &amp;sigma;&lt;sub&gt;max&lt;/sub&gt; in the charts.)</source>
        <translation>Phạt L2 wd: g &amp;larr; g + wd&amp;middot;p kéo mọi trọng số về 0, chống học thuộc lòng. 0 = tắt. (Ở đây gọi là wd vì trong các biểu đồ &amp;lambda; là &amp;sigma;&lt;sub&gt;max&lt;/sub&gt;.)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="454"/>
        <source>Weight decay wd:</source>
        <translation>Suy giảm trọng số wd:</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="464"/>
        <source>Gradient clipping, the first remedy for exploding gradients.&lt;br&gt;&lt;b&gt;norm&lt;/b&gt;: if &amp;Vert;g&amp;Vert; &amp;gt; c then g &amp;larr; g&amp;middot;c/&amp;Vert;g&amp;Vert; (the direction is kept). &amp;Vert;g&amp;Vert; is the global norm of all gradients together, as in PyTorch&apos;s clip_grad_norm_ and Keras&apos;s global_clipnorm; Keras&apos;s clipnorm instead clips each tensor on its own.&lt;br&gt;&lt;b&gt;value&lt;/b&gt;: every component is clamped to [&amp;minus;c, c].&lt;br&gt;&lt;b&gt;none&lt;/b&gt;: the raw gradient.</source>
        <translation>Cắt gradient, biện pháp đầu tiên chống bùng nổ gradient.&lt;br&gt;&lt;b&gt;theo chuẩn&lt;/b&gt;: nếu &amp;Vert;g&amp;Vert; &amp;gt; c thì g &amp;larr; g&amp;middot;c/&amp;Vert;g&amp;Vert; (giữ nguyên hướng). &amp;Vert;g&amp;Vert; là chuẩn toàn cục của tất cả gradient gộp lại, như clip_grad_norm_ của PyTorch và global_clipnorm của Keras; còn clipnorm của Keras thì cắt riêng từng tensor.&lt;br&gt;&lt;b&gt;theo giá trị&lt;/b&gt;: mọi thành phần bị kẹp vào [&amp;minus;c, c].&lt;br&gt;&lt;b&gt;không&lt;/b&gt;: dùng gradient nguyên gốc.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="501"/>
        <source>Data · press Apply</source>
        <translation>Dữ liệu · nhấn Áp dụng</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="507"/>
        <source>B streams read the text side by side, each from its own place; the loss is averaged over all of them. Larger B: smoother gradients, more work per step.</source>
        <translation>B luồng đọc văn bản song song, mỗi luồng từ một vị trí riêng; mất mát được lấy trung bình trên tất cả các luồng. B lớn hơn: gradient mượt hơn, mỗi bước tốn nhiều công hơn.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="510"/>
        <source>Batch B:</source>
        <translation>Lô B:</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="514"/>
        <source>T: characters per training window. Truncated BPTT backpropagates only inside a window, so gradients can teach dependencies at most T characters long.</source>
        <translation>T: số ký tự trong mỗi cửa sổ huấn luyện. BPTT cắt ngắn chỉ lan truyền ngược bên trong một cửa sổ, nên gradient chỉ dạy được các phụ thuộc dài tối đa T ký tự.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="517"/>
        <source>Window T (seq_len):</source>
        <translation>Cửa sổ T (seq_len):</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="520"/>
        <source>&lt;b&gt;truncated&lt;/b&gt;: the text is cut into windows of T; the last state of a window starts the next, with no gradient across the cut.&lt;br&gt;&lt;b&gt;full&lt;/b&gt;: one window over each whole stream (exact but slow; for short texts).</source>
        <translation>&lt;b&gt;cắt ngắn&lt;/b&gt;: văn bản được chia thành các cửa sổ dài T; trạng thái cuối của một cửa sổ là điểm bắt đầu của cửa sổ tiếp theo, nhưng không có gradient đi qua chỗ cắt.&lt;br&gt;&lt;b&gt;đầy đủ&lt;/b&gt;: một cửa sổ phủ toàn bộ mỗi luồng (chính xác nhưng chậm; dành cho văn bản ngắn).</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="524"/>
        <source>truncated</source>
        <translation>cắt ngắn</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="525"/>
        <source>full</source>
        <translation>đầy đủ</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="526"/>
        <source>BPTT:</source>
        <translation>BPTT:</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="528"/>
        <source>What backpropagation through time keeps of the forward pass to go back through it: every step&apos;s states and gates, for every stream of the batch. Truncated BPTT keeps one window of T steps; full BPTT the whole text at once.</source>
        <translation>Những gì lan truyền ngược theo thời gian giữ lại từ lượt truyền xuôi để đi ngược qua nó: trạng thái và các cổng của mọi bước, cho mọi luồng trong batch. BPTT cắt ngắn giữ một cửa sổ T bước; BPTT đầy đủ giữ cả văn bản cùng lúc.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="535"/>
        <source>Random seed for the starting weights and the data order: the same seed and settings give the same run, step for step.</source>
        <translation>Hạt giống ngẫu nhiên cho trọng số ban đầu và thứ tự dữ liệu: cùng hạt giống và cùng cài đặt cho ra cùng một lần chạy, giống hệt từng bước.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="538"/>
        <source>Seed:</source>
        <translation>Hạt giống:</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="542"/>
        <source>Share of the text held out from training. The validation loss is measured on it: when it rises while the training loss falls, the model is memorising.</source>
        <translation>Phần văn bản được giữ lại, không dùng để huấn luyện. Mất mát kiểm định được đo trên phần này: khi nó tăng trong khi mất mát huấn luyện giảm, mô hình đang học thuộc lòng.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="547"/>
        <source>Validation fraction:</source>
        <translation>Tỉ lệ kiểm định:</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="569"/>
        <location filename="../../ui/panels/model_panel.cpp" line="883"/>
        <source>&lt;i&gt;no text loaded&lt;/i&gt;</source>
        <translation>&lt;i&gt;chưa nạp văn bản&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="570"/>
        <source>Text:</source>
        <translation>Văn bản:</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="574"/>
        <source>Dialogue</source>
        <translation>Hội thoại</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="576"/>
        <source>Generated prose with quoted dialogue (builtin:dialogue): look for cells that know whether they are inside a quotation. Loading a text resets training.</source>
        <translation>Văn xuôi được sinh tự động, có lời thoại trong ngoặc kép (builtin:dialogue): hãy tìm những ô biết mình có đang ở trong ngoặc kép hay không. Nạp văn bản sẽ đặt lại quá trình huấn luyện.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="578"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="580"/>
        <source>Generated indented program text (builtin:code): look for cells that track indentation, brackets and comments. Loading a text resets training.</source>
        <translation>Mã chương trình có thụt lề được sinh tự động (builtin:code): hãy tìm những ô theo dõi thụt lề, dấu ngoặc và chú thích. Nạp văn bản sẽ đặt lại quá trình huấn luyện.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="582"/>
        <source>Open text…</source>
        <translation>Mở văn bản…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="584"/>
        <source>Train on a UTF-8 text file of your own. Loading a text resets training.</source>
        <translation>Huấn luyện trên tệp văn bản UTF-8 của riêng bạn. Nạp văn bản sẽ đặt lại quá trình huấn luyện.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="595"/>
        <source>Open a text to train on</source>
        <translation>Mở văn bản để huấn luyện</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="596"/>
        <source>Text files (*.txt *.md *.py *.c *.cpp *.h *.js);;All files (*)</source>
        <translation>Tệp văn bản (*.txt *.md *.py *.c *.cpp *.h *.js);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="613"/>
        <source>&lt;br&gt;&lt;i&gt;(not applied yet)&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;(chưa áp dụng)&lt;/i&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panels/model_panel.cpp" line="756"/>
        <source>%n changed setting(s) not applied yet (marked in orange).</source>
        <translation>
            <numerusform>%n cài đặt đã thay đổi nhưng chưa được áp dụng (đánh dấu màu cam).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="758"/>
        <source>Training them needs about %1 MB (%2 MB free).</source>
        <translation>Huấn luyện với các cài đặt này cần khoảng %1 MB (còn trống %2 MB).</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="764"/>
        <source>Showing the settings of the model being trained.</source>
        <translation>Đang hiển thị cài đặt của mô hình đang được huấn luyện.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="781"/>
        <source>These settings need about %1 MB to train, more than the %2 MB this machine has free. Choose a smaller model, batch or window.</source>
        <translation>Các cài đặt này cần khoảng %1 MB để huấn luyện, nhiều hơn %2 MB còn trống trên máy này. Hãy chọn mô hình, lô (batch) hoặc cửa sổ nhỏ hơn.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="888"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 characters, %3 distinct</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 ký tự, %3 ký tự khác nhau</translation>
    </message>
    <message>
        <location filename="../../ui/panels/model_panel.cpp" line="901"/>
        <source>now: ρ = %1, σ_max = %2</source>
        <translation>hiện tại: ρ = %1, σ_max = %2</translation>
    </message>
</context>
<context>
    <name>rnnscope::ui::PredictionsPanel</name>
    <message>
        <location filename="../../ui/panels/predictions_panel.cpp" line="64"/>
        <source>Predictions appear when a sequence task trains: open one from the model panel&apos;s Task chooser or a task lesson.</source>
        <translation>Các dự đoán xuất hiện khi một bài toán chuỗi đang được huấn luyện: hãy mở một bài toán từ mục chọn bài toán trong bảng Mô hình, hoặc từ một bài học về bài toán chuỗi.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/predictions_panel.cpp" line="92"/>
        <source>No predictions yet: they come a moment after training starts.</source>
        <translation>Chưa có dự đoán nào: chúng sẽ xuất hiện một lát sau khi bắt đầu huấn luyện.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/predictions_panel.cpp" line="102"/>
        <source>Predictions</source>
        <translation>Dự đoán</translation>
    </message>
    <message>
        <location filename="../../ui/panels/predictions_panel.cpp" line="139"/>
        <source>Classification</source>
        <translation>Phân loại</translation>
    </message>
    <message>
        <location filename="../../ui/panels/predictions_panel.cpp" line="140"/>
        <source>Tagging</source>
        <translation>Gán nhãn chuỗi</translation>
    </message>
    <message>
        <location filename="../../ui/panels/predictions_panel.cpp" line="141"/>
        <source>Sequence to sequence</source>
        <translation>Chuỗi sang chuỗi</translation>
    </message>
    <message>
        <location filename="../../ui/panels/predictions_panel.cpp" line="142"/>
        <source>Captioning</source>
        <translation>Sinh chú thích ảnh</translation>
    </message>
    <message>
        <location filename="../../ui/panels/predictions_panel.cpp" line="143"/>
        <source>Visual question answering</source>
        <translation>Hỏi đáp về hình ảnh (VQA)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/predictions_panel.cpp" line="148"/>
        <source> &amp;nbsp;·&amp;nbsp; held-out accuracy &lt;b&gt;%1 %&lt;/b&gt; after %2 updates</source>
        <translation> &amp;nbsp;·&amp;nbsp; độ chính xác kiểm định &lt;b&gt;%1 %&lt;/b&gt; sau %2 lần cập nhật</translation>
    </message>
    <message>
        <location filename="../../ui/panels/predictions_panel.cpp" line="152"/>
        <source> &amp;nbsp;·&amp;nbsp; held-out accuracy not measured yet</source>
        <translation> &amp;nbsp;·&amp;nbsp; chưa đo độ chính xác kiểm định</translation>
    </message>
    <message>
        <location filename="../../ui/panels/predictions_panel.cpp" line="154"/>
        <source> &amp;nbsp;·&amp;nbsp; predictions of the weights after %1 updates, for %2 of the %3 held-out examples</source>
        <translation> &amp;nbsp;·&amp;nbsp; dự đoán của trọng số sau %1 lần cập nhật, cho %2 trong số %3 ví dụ kiểm định</translation>
    </message>
    <message>
        <location filename="../../ui/panels/predictions_panel.cpp" line="166"/>
        <source>the share of examples whose label the model got right</source>
        <translation>tỉ lệ ví dụ mà mô hình đoán đúng nhãn</translation>
    </message>
    <message>
        <location filename="../../ui/panels/predictions_panel.cpp" line="167"/>
        <source>the share of tags the model got right, position by position</source>
        <translation>tỉ lệ nhãn mà mô hình đoán đúng, tính theo từng vị trí</translation>
    </message>
    <message>
        <location filename="../../ui/panels/predictions_panel.cpp" line="169"/>
        <source>the share of outputs, written greedily word by word, that are exactly right</source>
        <translation>tỉ lệ đầu ra, được viết theo cách tham lam (greedy) từng từ một, đúng hoàn toàn</translation>
    </message>
    <message>
        <location filename="../../ui/panels/predictions_panel.cpp" line="171"/>
        <source>&lt;b&gt;Held-out&lt;/b&gt; examples are set aside before training starts: the model never learns from them, so how well it does on them says how well it generalises, not how well it memorised.&lt;br&gt;&lt;b&gt;Accuracy&lt;/b&gt; here is %1.&lt;br&gt;A row is marked right (✓) only when the whole prediction equals the truth.</source>
        <translation>Các ví dụ &lt;b&gt;kiểm định&lt;/b&gt; (held-out) được để riêng ra trước khi bắt đầu huấn luyện: mô hình không bao giờ học từ chúng, nên kết quả trên chúng cho biết mô hình tổng quát hoá tốt đến đâu, chứ không phải nó học thuộc lòng tốt đến đâu.&lt;br&gt;&lt;b&gt;Độ chính xác&lt;/b&gt; ở đây là %1.&lt;br&gt;Một hàng chỉ được đánh dấu đúng (✓) khi toàn bộ dự đoán trùng với đáp án.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/predictions_panel.cpp" line="194"/>
        <source>The picture the model saw: 16 × 16 pixels, drawn %1 times larger</source>
        <translation>Ảnh mà mô hình đã thấy: 16 × 16 điểm ảnh, được vẽ phóng to %1 lần</translation>
    </message>
    <message>
        <location filename="../../ui/panels/predictions_panel.cpp" line="218"/>
        <source>Right: the prediction equals the truth</source>
        <translation>Đúng: dự đoán trùng với đáp án</translation>
    </message>
    <message>
        <location filename="../../ui/panels/predictions_panel.cpp" line="218"/>
        <source>Wrong: the prediction differs from the truth</source>
        <translation>Sai: dự đoán khác với đáp án</translation>
    </message>
    <message>
        <location filename="../../ui/panels/predictions_panel.cpp" line="230"/>
        <source>(true: %1)</source>
        <translation>(đáp án: %1)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/predictions_panel.cpp" line="233"/>
        <source>%1&lt;br&gt;%2</source>
        <translation>%1&lt;br&gt;%2</translation>
    </message>
    <message>
        <location filename="../../ui/panels/predictions_panel.cpp" line="238"/>
        <source>%1 → %2 %3</source>
        <translation>%1 → %2 %3</translation>
    </message>
    <message>
        <location filename="../../ui/panels/predictions_panel.cpp" line="261"/>
        <source>text</source>
        <translation>văn bản</translation>
    </message>
    <message>
        <location filename="../../ui/panels/predictions_panel.cpp" line="261"/>
        <source>model</source>
        <translation>mô hình</translation>
    </message>
    <message>
        <location filename="../../ui/panels/predictions_panel.cpp" line="261"/>
        <source>truth</source>
        <translation>đáp án</translation>
    </message>
</context>
<context>
    <name>rnnscope::ui::RewindTimeline</name>
    <message>
        <location filename="../../ui/panels/rewind_timeline.cpp" line="70"/>
        <source>Rewind to step %1: weights, optimiser state, data position and carried state as they were (click)</source>
        <translation>Tua lại về bước %1: trọng số, trạng thái bộ tối ưu, vị trí dữ liệu và trạng thái được mang theo như lúc đó (bấm chuột)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/rewind_timeline.cpp" line="98"/>
        <source>Points training can rewind to: click one to go back there</source>
        <translation>Các điểm mà quá trình huấn luyện có thể tua lại: bấm vào một điểm để quay về đó</translation>
    </message>
    <message>
        <location filename="../../ui/panels/rewind_timeline.cpp" line="106"/>
        <source>keep one every</source>
        <translation>lưu một điểm mỗi</translation>
    </message>
    <message>
        <location filename="../../ui/panels/rewind_timeline.cpp" line="110"/>
        <source>never</source>
        <translation>không bao giờ</translation>
    </message>
    <message>
        <location filename="../../ui/panels/rewind_timeline.cpp" line="111"/>
        <source> steps</source>
        <translation> bước</translation>
    </message>
    <message>
        <location filename="../../ui/panels/rewind_timeline.cpp" line="112"/>
        <source>How often training keeps a point to rewind to (0: never)</source>
        <translation>Bao lâu thì quá trình huấn luyện lưu một điểm để tua lại (0: không bao giờ)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/rewind_timeline.cpp" line="114"/>
        <source>in at most</source>
        <translation>trong tối đa</translation>
    </message>
    <message>
        <location filename="../../ui/panels/rewind_timeline.cpp" line="118"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location filename="../../ui/panels/rewind_timeline.cpp" line="119"/>
        <source>The memory the points may use; when it is full the oldest point goes</source>
        <translation>Bộ nhớ mà các điểm được dùng; khi đầy, điểm cũ nhất bị bỏ đi</translation>
    </message>
    <message>
        <location filename="../../ui/panels/rewind_timeline.cpp" line="135"/>
        <source>Points to rewind to: %1 · %2 MB</source>
        <translation>Điểm có thể tua lại: %1 · %2 MB</translation>
    </message>
</context>
<context>
    <name>rnnscope::ui::SamplesPanel</name>
    <message>
        <location filename="../../ui/panels/samples_panel.cpp" line="48"/>
        <source>Samples</source>
        <translation>Mẫu sinh</translation>
    </message>
    <message>
        <location filename="../../ui/panels/samples_panel.cpp" line="57"/>
        <source>Text written by the model. It first reads the &lt;b&gt;prime&lt;/b&gt; (in blue), then draws each next character from its prediction, &lt;i&gt;p&lt;/i&gt;&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; &amp;prop; exp(&lt;i&gt;logit&lt;/i&gt;&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; / &lt;i&gt;T&lt;/i&gt;), and &lt;b&gt;feeds the character it drew back in as the next input&lt;/b&gt; (one-to-many). The temperature &lt;i&gt;T&lt;/i&gt; trades safety for variety: &lt;i&gt;T&lt;/i&gt; &amp;rarr; 0 always picks the likeliest character (safe, repetitive); &lt;i&gt;T&lt;/i&gt; = 1 samples the model as it is; &lt;i&gt;T&lt;/i&gt; &amp;gt; 1 flattens the distribution (varied, wild).&lt;br&gt;&lt;b&gt;Intervention&lt;/b&gt;: hold one cell at a fixed value at every step while the model writes. If a cell tracks quotations, clamping it can keep a quote open forever.</source>
        <translation>Văn bản do mô hình viết. Trước tiên nó đọc &lt;b&gt;đoạn mồi&lt;/b&gt; (màu xanh dương), rồi rút từng ký tự tiếp theo từ dự đoán của mình, &lt;i&gt;p&lt;/i&gt;&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; &amp;prop; exp(&lt;i&gt;logit&lt;/i&gt;&lt;sub&gt;&lt;i&gt;i&lt;/i&gt;&lt;/sub&gt; / &lt;i&gt;T&lt;/i&gt;), và &lt;b&gt;đưa ký tự vừa rút trở lại làm đầu vào tiếp theo&lt;/b&gt; (một-nhiều). Nhiệt độ &lt;i&gt;T&lt;/i&gt; đánh đổi giữa an toàn và đa dạng: &lt;i&gt;T&lt;/i&gt; &amp;rarr; 0 luôn chọn ký tự có xác suất cao nhất (an toàn, lặp lại); &lt;i&gt;T&lt;/i&gt; = 1 lấy mẫu đúng theo mô hình; &lt;i&gt;T&lt;/i&gt; &amp;gt; 1 làm phân phối phẳng hơn (đa dạng, hỗn loạn).&lt;br&gt;&lt;b&gt;Can thiệp&lt;/b&gt;: giữ một ô ở một giá trị cố định tại mọi bước trong khi mô hình viết. Nếu một ô theo dõi ngoặc kép, việc cố định nó có thể giữ một lời thoại mở mãi không đóng.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/samples_panel.cpp" line="93"/>
        <source>Sampling</source>
        <translation>Lấy mẫu</translation>
    </message>
    <message>
        <location filename="../../ui/panels/samples_panel.cpp" line="99"/>
        <source>Temperature T:</source>
        <translation>Nhiệt độ T:</translation>
    </message>
    <message>
        <location filename="../../ui/panels/samples_panel.cpp" line="109"/>
        <source>p&lt;sub&gt;i&lt;/sub&gt; &amp;prop; exp(logit&lt;sub&gt;i&lt;/sub&gt; / T).&lt;br&gt;&lt;b&gt;Low T&lt;/b&gt;: safe and repetitive (0 = always the likeliest character).&lt;br&gt;&lt;b&gt;High T&lt;/b&gt;: varied and wild, with more spelling mistakes.</source>
        <translation>p&lt;sub&gt;i&lt;/sub&gt; &amp;prop; exp(logit&lt;sub&gt;i&lt;/sub&gt; / T).&lt;br&gt;&lt;b&gt;T thấp&lt;/b&gt;: an toàn và lặp lại (0 = luôn chọn ký tự có xác suất cao nhất).&lt;br&gt;&lt;b&gt;T cao&lt;/b&gt;: đa dạng và hỗn loạn, nhiều lỗi chính tả hơn.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/samples_panel.cpp" line="121"/>
        <source>Prime:</source>
        <translation>Đoạn mồi:</translation>
    </message>
    <message>
        <location filename="../../ui/panels/samples_panel.cpp" line="126"/>
        <source>(empty: start from a newline)</source>
        <translation>(để trống: bắt đầu từ một dấu xuống dòng)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/samples_panel.cpp" line="127"/>
        <source>Text the model reads before it starts writing: it sets the state the sample grows from. Press Enter to use it.</source>
        <translation>Văn bản mô hình đọc trước khi bắt đầu viết: nó tạo ra trạng thái mà từ đó mẫu được sinh tiếp. Nhấn Enter để dùng.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/samples_panel.cpp" line="130"/>
        <source>Length:</source>
        <translation>Độ dài:</translation>
    </message>
    <message>
        <location filename="../../ui/panels/samples_panel.cpp" line="139"/>
        <source> chars</source>
        <translation> ký tự</translation>
    </message>
    <message>
        <location filename="../../ui/panels/samples_panel.cpp" line="140"/>
        <source>How many characters to generate after the prime.</source>
        <translation>Số ký tự cần sinh sau đoạn mồi.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/samples_panel.cpp" line="142"/>
        <source>Sample now</source>
        <translation>Sinh mẫu ngay</translation>
    </message>
    <message>
        <location filename="../../ui/panels/samples_panel.cpp" line="145"/>
        <source>Write a new sample with the current weights. While training runs, a new sample also appears every few seconds.</source>
        <translation>Viết một mẫu mới bằng trọng số hiện tại. Trong khi huấn luyện, cứ vài giây cũng có một mẫu mới xuất hiện.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/samples_panel.cpp" line="161"/>
        <source>Intervention: clamp a cell while sampling</source>
        <translation>Can thiệp: cố định một ô khi lấy mẫu</translation>
    </message>
    <message>
        <location filename="../../ui/panels/samples_panel.cpp" line="167"/>
        <source>Clamp cell</source>
        <translation>Cố định ô</translation>
    </message>
    <message>
        <location filename="../../ui/panels/samples_panel.cpp" line="170"/>
        <source>While sampling, overwrite the chosen cell with a fixed value after every step, then read what the model writes. A causal test: does this cell control a feature of the text?</source>
        <translation>Khi lấy mẫu, ghi đè ô được chọn bằng một giá trị cố định sau mỗi bước, rồi đọc những gì mô hình viết. Một phép thử nhân quả: ô này có điều khiển một đặc điểm nào đó của văn bản không?</translation>
    </message>
    <message>
        <location filename="../../ui/panels/samples_panel.cpp" line="172"/>
        <source>layer</source>
        <translation>lớp</translation>
    </message>
    <message>
        <location filename="../../ui/panels/samples_panel.cpp" line="177"/>
        <source>The recurrent layer of the cell (1 reads the characters).</source>
        <translation>Lớp hồi quy chứa ô (lớp 1 đọc các ký tự).</translation>
    </message>
    <message>
        <location filename="../../ui/panels/samples_panel.cpp" line="178"/>
        <source>cell</source>
        <translation>ô</translation>
    </message>
    <message>
        <location filename="../../ui/panels/samples_panel.cpp" line="184"/>
        <source>Index j of the cell. The Cells view&apos;s ranking shows which cells follow a concept.</source>
        <translation>Chỉ số j của ô. Bảng xếp hạng trong khung Ô nhớ cho biết những ô nào bám theo một khái niệm.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/samples_panel.cpp" line="188"/>
        <source>h (hidden)</source>
        <translation>h (ẩn)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/samples_panel.cpp" line="189"/>
        <source>c (cell state)</source>
        <translation>c (trạng thái tế bào, cell state)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/samples_panel.cpp" line="190"/>
        <source>Hold the hidden state h or the LSTM&apos;s cell state c.</source>
        <translation>Giữ trạng thái ẩn h hoặc trạng thái tế bào (cell state) c của LSTM.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/samples_panel.cpp" line="191"/>
        <source>at</source>
        <translation>ở mức</translation>
    </message>
    <message>
        <location filename="../../ui/panels/samples_panel.cpp" line="200"/>
        <source>The value the cell is held at, from −1 to +1.</source>
        <translation>Giá trị mà ô được giữ cố định, từ −1 đến +1.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/samples_panel.cpp" line="324"/>
        <source>No sample yet: press Play or Step, or &lt;b&gt;Sample now&lt;/b&gt;.</source>
        <translation>Chưa có mẫu: nhấn Chạy hoặc Bước, hoặc &lt;b&gt;Sinh mẫu ngay&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/samples_panel.cpp" line="325"/>
        <source>Written by the weights of step &lt;b&gt;%1&lt;/b&gt; at temperature &lt;b&gt;%2&lt;/b&gt;:</source>
        <translation>Được viết bởi trọng số của bước &lt;b&gt;%1&lt;/b&gt; ở nhiệt độ &lt;b&gt;%2&lt;/b&gt;:</translation>
    </message>
    <message>
        <location filename="../../ui/panels/samples_panel.cpp" line="329"/>
        <source> with %1_l%2[%3] held at %4.</source>
        <translation> với %1_l%2[%3] được giữ ở %4.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/samples_panel.cpp" line="336"/>
        <source>prime</source>
        <translation>đoạn mồi</translation>
    </message>
</context>
<context>
    <name>rnnscope::ui::SlowMotionPanel</name>
    <message>
        <location filename="../../ui/panels/slow_motion_panel.cpp" line="34"/>
        <source>One training update has five phases. &lt;b&gt;Forward&lt;/b&gt;: the network reads the next window of the text, &lt;i&gt;T&lt;/i&gt; characters in each of &lt;i&gt;B&lt;/i&gt; streams, from the state the last window left. &lt;b&gt;Loss&lt;/b&gt;: at each position it scores the character that comes next, &lt;i&gt;L&lt;/i&gt; = mean of &amp;minus;ln &lt;i&gt;p&lt;/i&gt;. &lt;b&gt;Backward through time&lt;/b&gt;: the gradient of &lt;i&gt;L&lt;/i&gt; flows back from every loss, right to left, and stops at the window&apos;s start (truncated BPTT). &lt;b&gt;Clipping&lt;/b&gt;: a gradient that is too large is cut down to the threshold. &lt;b&gt;Update&lt;/b&gt;: the optimiser moves every weight. Slow motion runs the real loop and pauses at each phase; what it shows is the engine&apos;s pass for that update, computed before the update is applied, and then applied.</source>
        <translation>Một lần cập nhật huấn luyện có năm pha. &lt;b&gt;Lan truyền xuôi&lt;/b&gt;: mạng đọc cửa sổ kế tiếp của văn bản, &lt;i&gt;T&lt;/i&gt; ký tự trong mỗi luồng của &lt;i&gt;B&lt;/i&gt; luồng, bắt đầu từ trạng thái mà cửa sổ trước để lại. &lt;b&gt;Mất mát&lt;/b&gt;: tại mỗi vị trí, mạng chấm điểm ký tự đứng tiếp theo, &lt;i&gt;L&lt;/i&gt; = trung bình của &amp;minus;ln &lt;i&gt;p&lt;/i&gt;. &lt;b&gt;Lan truyền ngược theo thời gian&lt;/b&gt;: gradient của &lt;i&gt;L&lt;/i&gt; chảy ngược từ mọi mất mát, từ phải sang trái, và dừng ở đầu cửa sổ (BPTT cắt ngắn). &lt;b&gt;Cắt gradient&lt;/b&gt;: một gradient quá lớn bị cắt xuống bằng ngưỡng. &lt;b&gt;Cập nhật&lt;/b&gt;: bộ tối ưu dịch chuyển mọi trọng số. Chế độ quay chậm chạy vòng lặp thật và dừng ở mỗi pha; những gì nó cho thấy là lượt tính của động cơ cho lần cập nhật đó, được tính trước khi cập nhật được áp dụng, rồi mới được áp dụng.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/slow_motion_panel.cpp" line="46"/>
        <location filename="../../ui/panels/slow_motion_panel.cpp" line="115"/>
        <source>Slow motion</source>
        <translation>Quay chậm</translation>
    </message>
    <message>
        <location filename="../../ui/panels/slow_motion_panel.cpp" line="49"/>
        <source>Slow motion (M): train one update at a time, pausing at each of its phases</source>
        <translation>Quay chậm (M): huấn luyện từng lần cập nhật một, dừng lại ở mỗi pha của nó</translation>
    </message>
    <message>
        <location filename="../../ui/panels/slow_motion_panel.cpp" line="51"/>
        <source>Pause per phase:</source>
        <translation>Dừng mỗi pha:</translation>
    </message>
    <message>
        <location filename="../../ui/panels/slow_motion_panel.cpp" line="57"/>
        <source> s</source>
        <translation> giây</translation>
    </message>
    <message>
        <location filename="../../ui/panels/slow_motion_panel.cpp" line="59"/>
        <source>How long each phase stays on screen</source>
        <translation>Mỗi pha ở lại trên màn hình bao lâu</translation>
    </message>
    <message>
        <location filename="../../ui/panels/slow_motion_panel.cpp" line="69"/>
        <source>1 Forward</source>
        <translation>1 Lan truyền xuôi</translation>
    </message>
    <message>
        <location filename="../../ui/panels/slow_motion_panel.cpp" line="69"/>
        <source>2 Loss</source>
        <translation>2 Mất mát</translation>
    </message>
    <message>
        <location filename="../../ui/panels/slow_motion_panel.cpp" line="69"/>
        <source>3 Backward through time</source>
        <translation>3 Lan truyền ngược theo thời gian</translation>
    </message>
    <message>
        <location filename="../../ui/panels/slow_motion_panel.cpp" line="70"/>
        <source>4 Clipping</source>
        <translation>4 Cắt gradient</translation>
    </message>
    <message>
        <location filename="../../ui/panels/slow_motion_panel.cpp" line="70"/>
        <source>5 Update</source>
        <translation>5 Cập nhật</translation>
    </message>
    <message>
        <location filename="../../ui/panels/slow_motion_panel.cpp" line="74"/>
        <source>Open the step-through of this update&apos;s pass at this phase</source>
        <translation>Mở phần chạy từng bước của lượt tính của lần cập nhật này tại pha này</translation>
    </message>
    <message>
        <location filename="../../ui/panels/slow_motion_panel.cpp" line="143"/>
        <source>Press &lt;b&gt;Slow motion&lt;/b&gt; (M) to train one update at a time: each phase of it is shown here, in that update&apos;s numbers, with a pause.</source>
        <translation>Nhấn &lt;b&gt;Quay chậm&lt;/b&gt; (M) để huấn luyện từng lần cập nhật một: mỗi pha của nó được hiển thị ở đây, bằng các con số của chính lần cập nhật đó, kèm một khoảng dừng.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/slow_motion_panel.cpp" line="164"/>
        <source>Showing the pass of update %1. Press &lt;b&gt;Slow motion&lt;/b&gt; (M) to go on training one update at a time, pausing at each phase; click a phase to open the step-through of this pass there.</source>
        <translation>Đang hiển thị lượt tính của lần cập nhật %1. Nhấn &lt;b&gt;Quay chậm&lt;/b&gt; (M) để tiếp tục huấn luyện từng lần cập nhật một, dừng ở mỗi pha; bấm vào một pha để mở phần chạy từng bước của lượt tính này tại đó.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/slow_motion_panel.cpp" line="176"/>
        <source>&lt;b&gt;1 · Forward through the window.&lt;/b&gt; Update %1 reads the next %2 characters of each of the %3 streams, %4 characters in all, starting from the state carried in, h₀: what the window before left behind (truncated BPTT carries it over), or zeros where a pass over the text begins. At every step the same weights make h_t from h_(t−1) and x_t.</source>
        <translation>&lt;b&gt;1 · Lan truyền xuôi qua cửa sổ.&lt;/b&gt; Lần cập nhật %1 đọc %2 ký tự kế tiếp của mỗi luồng trong %3 luồng, tổng cộng %4 ký tự, bắt đầu từ trạng thái được mang vào, h₀: thứ mà cửa sổ trước để lại (BPTT cắt ngắn mang nó sang), hoặc các số 0 ở chỗ một lượt đi qua văn bản bắt đầu. Ở mỗi bước, cùng một bộ trọng số tạo ra h_t từ h_(t−1) và x_t.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/slow_motion_panel.cpp" line="188"/>
        <source>Stream 0 reads “%1”.</source>
        <translation>Luồng 0 đọc “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/slow_motion_panel.cpp" line="194"/>
        <source>&lt;b&gt;2 · Loss.&lt;/b&gt; At each of the %1 positions the model gives the character that comes next a probability p; the loss is L = mean of −ln p = &lt;b&gt;%2&lt;/b&gt; nats per character (guessing evenly among the %3 characters of the alphabet would give ln %3 = %4).</source>
        <translation>&lt;b&gt;2 · Mất mát.&lt;/b&gt; Tại mỗi vị trí trong %1 vị trí, mô hình gán cho ký tự đứng tiếp theo một xác suất p; mất mát là L = trung bình của −ln p = &lt;b&gt;%2&lt;/b&gt; nat mỗi ký tự (đoán đều trong %3 ký tự của bảng chữ sẽ cho ln %3 = %4).</translation>
    </message>
    <message>
        <location filename="../../ui/panels/slow_motion_panel.cpp" line="203"/>
        <source>&lt;b&gt;3 · Backward through time.&lt;/b&gt; The gradient of L flows from every loss back through the window, right to left, through the same weights: ‖∂L/∂h_k‖ (all streams, top layer; colour: log scale over 4 decades) is %1 at the last step and %2 at the first. At h₀ it stops: truncated BPTT carries the state across windows but not the gradient. The gradient of all the weights together has norm ‖g‖ = &lt;b&gt;%3&lt;/b&gt;.</source>
        <translation>&lt;b&gt;3 · Lan truyền ngược theo thời gian.&lt;/b&gt; Gradient của L chảy từ mọi mất mát ngược về qua cửa sổ, từ phải sang trái, qua cùng một bộ trọng số: ‖∂L/∂h_k‖ (mọi luồng, lớp trên cùng; màu: thang log trên 4 bậc thập phân) là %1 ở bước cuối và %2 ở bước đầu. Tại h₀ nó dừng lại: BPTT cắt ngắn mang trạng thái qua các cửa sổ nhưng không mang gradient. Gradient của toàn bộ trọng số có chuẩn ‖g‖ = &lt;b&gt;%3&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/slow_motion_panel.cpp" line="215"/>
        <source>&lt;b&gt;4 · Clipping&lt;/b&gt; is off: the gradient goes to the optimiser as it is, ‖g‖ = %1.</source>
        <translation>&lt;b&gt;4 · Cắt gradient&lt;/b&gt; đang tắt: gradient đi vào bộ tối ưu nguyên như vậy, ‖g‖ = %1.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/slow_motion_panel.cpp" line="218"/>
        <source>&lt;b&gt;4 · Clipping&lt;/b&gt; by norm at c = %1: ‖g‖ = %2 is above c, so g is scaled by c/‖g‖ = %3 and goes to the optimiser with norm %4 (hatched: what was cut).</source>
        <translation>&lt;b&gt;4 · Cắt gradient&lt;/b&gt; theo chuẩn với c = %1: ‖g‖ = %2 lớn hơn c, nên g được nhân với c/‖g‖ = %3 và đi vào bộ tối ưu với chuẩn %4 (gạch chéo: phần bị cắt).</translation>
    </message>
    <message>
        <location filename="../../ui/panels/slow_motion_panel.cpp" line="221"/>
        <source>&lt;b&gt;4 · Clipping&lt;/b&gt; by norm at c = %1: ‖g‖ = %2 is not above c, so g is left as it is.</source>
        <translation>&lt;b&gt;4 · Cắt gradient&lt;/b&gt; theo chuẩn với c = %1: ‖g‖ = %2 không lớn hơn c, nên g được giữ nguyên.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/slow_motion_panel.cpp" line="225"/>
        <source>&lt;b&gt;4 · Clipping&lt;/b&gt; by value at c = %1: every entry of g is clamped to [−c, c]; ‖g‖ goes from %2 to %3.</source>
        <translation>&lt;b&gt;4 · Cắt gradient&lt;/b&gt; theo giá trị với c = %1: mọi phần tử của g bị kẹp vào [−c, c]; ‖g‖ đi từ %2 xuống %3.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/slow_motion_panel.cpp" line="228"/>
        <source>&lt;b&gt;4 · Clipping&lt;/b&gt; by value at c = %1: no entry of g is beyond ±c, so g is left as it is (‖g‖ = %2).</source>
        <translation>&lt;b&gt;4 · Cắt gradient&lt;/b&gt; theo giá trị với c = %1: không phần tử nào của g vượt quá ±c, nên g được giữ nguyên (‖g‖ = %2).</translation>
    </message>
    <message>
        <location filename="../../ui/panels/slow_motion_panel.cpp" line="235"/>
        <source>&lt;b&gt;5 · Update.&lt;/b&gt; The optimiser, %1, with learning rate η = %2, moved the weights by ‖Δθ‖ = &lt;b&gt;%3&lt;/b&gt;. Update %4 is done: the loss chart has its point, and the next window starts where this one ended.</source>
        <translation>&lt;b&gt;5 · Cập nhật.&lt;/b&gt; Bộ tối ưu, %1, với tốc độ học η = %2, đã dịch chuyển các trọng số một lượng ‖Δθ‖ = &lt;b&gt;%3&lt;/b&gt;. Lần cập nhật %4 đã xong: biểu đồ mất mát có thêm điểm của nó, và cửa sổ kế tiếp bắt đầu ở chỗ cửa sổ này kết thúc.</translation>
    </message>
</context>
<context>
    <name>rnnscope::ui::TaskChooser</name>
    <message>
        <location filename="../../ui/panels/task_chooser.cpp" line="55"/>
        <source>What the network learns · press Apply</source>
        <translation>Mạng học gì · nhấn Áp dụng</translation>
    </message>
    <message>
        <location filename="../../ui/panels/task_chooser.cpp" line="61"/>
        <source>The shape of the problem: which outputs the network gives and where the loss is. The recurrent cell, its size and the optimiser below apply to every task.</source>
        <translation>Dạng của bài toán: mạng cho ra những đầu ra nào và mất mát nằm ở đâu. Loại ô hồi quy, kích thước của nó và bộ tối ưu bên dưới áp dụng cho mọi bài toán.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/task_chooser.cpp" line="92"/>
        <source>Open a task file</source>
        <translation>Mở tệp bài toán</translation>
    </message>
    <message>
        <location filename="../../ui/panels/task_chooser.cpp" line="93"/>
        <source>Tab-separated examples (*.tsv *.txt);;All files (*)</source>
        <translation>Ví dụ phân tách bằng Tab (*.tsv *.txt);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/task_chooser.cpp" line="94"/>
        <source>classify: label&lt;TAB&gt;text</source>
        <translation>classify (phân loại): label&lt;TAB&gt;text</translation>
    </message>
    <message>
        <location filename="../../ui/panels/task_chooser.cpp" line="94"/>
        <source>tag: text&lt;TAB&gt;tags</source>
        <translation>tag (gán nhãn): text&lt;TAB&gt;tags</translation>
    </message>
    <message>
        <location filename="../../ui/panels/task_chooser.cpp" line="94"/>
        <source>seq2seq: source&lt;TAB&gt;target</source>
        <translation>seq2seq (chuỗi sang chuỗi): source&lt;TAB&gt;target</translation>
    </message>
    <message>
        <location filename="../../ui/panels/task_chooser.cpp" line="96"/>
        <location filename="../../ui/panels/task_chooser.cpp" line="99"/>
        <source>Task file</source>
        <translation>Tệp bài toán</translation>
    </message>
    <message>
        <location filename="../../ui/panels/task_chooser.cpp" line="96"/>
        <source>What each line holds:</source>
        <translation>Mỗi dòng chứa gì:</translation>
    </message>
    <message>
        <location filename="../../ui/panels/task_chooser.cpp" line="98"/>
        <source>words (split on spaces)</source>
        <translation>từ (tách theo dấu cách)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/task_chooser.cpp" line="98"/>
        <source>characters</source>
        <translation>ký tự</translation>
    </message>
    <message>
        <location filename="../../ui/panels/task_chooser.cpp" line="99"/>
        <source>The tokens the network reads:</source>
        <translation>Các token mà mạng đọc:</translation>
    </message>
    <message>
        <location filename="../../ui/panels/task_chooser.cpp" line="111"/>
        <location filename="../../ui/panels/task_chooser.cpp" line="140"/>
        <source>File: %1</source>
        <translation>Tệp: %1</translation>
    </message>
</context>
<context>
    <name>rnnscope::ui::TensorKind</name>
    <message>
        <location filename="../../ui/panels/tensor_kind_style.cpp" line="27"/>
        <source>h — hidden state</source>
        <translation>h — trạng thái ẩn</translation>
    </message>
    <message>
        <location filename="../../ui/panels/tensor_kind_style.cpp" line="28"/>
        <source>c — cell state</source>
        <translation>c — trạng thái tế bào (cell state)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/tensor_kind_style.cpp" line="29"/>
        <source>i — input gate</source>
        <translation>i — cổng vào</translation>
    </message>
    <message>
        <location filename="../../ui/panels/tensor_kind_style.cpp" line="30"/>
        <source>i input</source>
        <translation>i vào</translation>
    </message>
    <message>
        <location filename="../../ui/panels/tensor_kind_style.cpp" line="31"/>
        <source>f — forget gate</source>
        <translation>f — cổng quên</translation>
    </message>
    <message>
        <location filename="../../ui/panels/tensor_kind_style.cpp" line="32"/>
        <source>f forget</source>
        <translation>f quên</translation>
    </message>
    <message>
        <location filename="../../ui/panels/tensor_kind_style.cpp" line="33"/>
        <source>g — candidate (tanh)</source>
        <translation>g — ứng viên (tanh)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/tensor_kind_style.cpp" line="34"/>
        <source>g cand.</source>
        <translation>g ứng viên</translation>
    </message>
    <message>
        <location filename="../../ui/panels/tensor_kind_style.cpp" line="35"/>
        <source>o — output gate</source>
        <translation>o — cổng ra</translation>
    </message>
    <message>
        <location filename="../../ui/panels/tensor_kind_style.cpp" line="36"/>
        <source>o output</source>
        <translation>o ra</translation>
    </message>
    <message>
        <location filename="../../ui/panels/tensor_kind_style.cpp" line="37"/>
        <source>r — reset gate</source>
        <translation>r — cổng đặt lại</translation>
    </message>
    <message>
        <location filename="../../ui/panels/tensor_kind_style.cpp" line="38"/>
        <source>r reset</source>
        <translation>r đặt lại</translation>
    </message>
    <message>
        <location filename="../../ui/panels/tensor_kind_style.cpp" line="39"/>
        <source>z — update gate (%1)</source>
        <translation>z — cổng cập nhật (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/tensor_kind_style.cpp" line="40"/>
        <source>z update (%1)</source>
        <translation>z cập nhật (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/tensor_kind_style.cpp" line="41"/>
        <source>n — candidate (tanh)</source>
        <translation>n — ứng viên (tanh)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/tensor_kind_style.cpp" line="42"/>
        <source>n cand.</source>
        <translation>n ứng viên</translation>
    </message>
</context>
<context>
    <name>rnnscope::ui::TourCard</name>
    <message>
        <location filename="../../ui/tour.cpp" line="84"/>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <location filename="../../ui/tour.cpp" line="89"/>
        <source>Skip</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <location filename="../../ui/tour.cpp" line="91"/>
        <source>Close the tour (Esc). Help → Tour of the window opens it again.</source>
        <translation>Đóng phần giới thiệu (Esc). Trợ giúp → Giới thiệu cửa sổ sẽ mở lại.</translation>
    </message>
    <message>
        <location filename="../../ui/tour.cpp" line="161"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../../ui/tour.cpp" line="163"/>
        <source>Next</source>
        <translation>Tiếp</translation>
    </message>
    <message>
        <location filename="../../ui/tour.cpp" line="163"/>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
</context>
<context>
    <name>rnnscope::ui::TrainingLoopView</name>
    <message>
        <location filename="../../ui/panels/training_loop_view.cpp" line="156"/>
        <source>stream 0 of B = %1 · a window of T = %2 steps</source>
        <translation>luồng 0 trong B = %1 · một cửa sổ T = %2 bước</translation>
    </message>
</context>
<context>
    <name>rnnscope::ui::UnrolledNetworkView</name>
    <message>
        <location filename="../../ui/panels/unrolled_network_view.cpp" line="221"/>
        <source>W_xh, W_hh, W_hy: the same matrices at every step</source>
        <translation>W_xh, W_hh, W_hy: cùng các ma trận ở mọi bước</translation>
    </message>
    <message>
        <location filename="../../ui/panels/unrolled_network_view.cpp" line="237"/>
        <source>truncated BPTT cuts here</source>
        <translation>BPTT cắt cụt cắt ở đây</translation>
    </message>
    <message>
        <location filename="../../ui/panels/unrolled_network_view.cpp" line="244"/>
        <source>h%1 carried in</source>
        <translation>h%1 mang sang</translation>
    </message>
    <message>
        <location filename="../../ui/panels/unrolled_network_view.cpp" line="289"/>
        <source>J₀ᵀ, dropped</source>
        <translation>J₀ᵀ, bị bỏ</translation>
    </message>
</context>
<context>
    <name>rnnscope::ui::WeightSpectrumPanel</name>
    <message>
        <location filename="../../ui/panels/weight_spectrum_panel.cpp" line="122"/>
        <source>Re μ</source>
        <translation>Re μ</translation>
    </message>
    <message>
        <location filename="../../ui/panels/weight_spectrum_panel.cpp" line="124"/>
        <source>Im μ</source>
        <translation>Im μ</translation>
    </message>
    <message>
        <location filename="../../ui/panels/weight_spectrum_panel.cpp" line="86"/>
        <source>&lt;b&gt;Left:&lt;/b&gt; the eigenvalues &amp;mu; of each gate&apos;s &lt;i&gt;H&lt;/i&gt;&amp;times;&lt;i&gt;H&lt;/i&gt; block of the recurrent weights &lt;i&gt;W&lt;/i&gt;&lt;sub&gt;hh&lt;/sub&gt; (LSTM blocks i, f, g, o; GRU r, z, n), on the complex plane. Without the nonlinearity, &lt;i&gt;h&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&lt;/sub&gt; = &lt;i&gt;W&lt;/i&gt; &lt;i&gt;h&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&amp;minus;1&lt;/sub&gt; multiplies each eigen-direction by &amp;mu; at every step: &lt;b&gt;eigenvalues outside the unit circle&lt;/b&gt; (|&amp;mu;| &amp;gt; 1) are directions that grow step after step, those inside fade away. The spectral radius &amp;rho; = max |&amp;mu;| says what happens over many steps.&lt;br&gt;&lt;b&gt;Right:&lt;/b&gt; the singular values of the whole &lt;i&gt;W&lt;/i&gt;&lt;sub&gt;hh&lt;/sub&gt;, largest first. &amp;lambda; = &amp;sigma;&lt;sub&gt;max&lt;/sub&gt;(&lt;i&gt;W&lt;/i&gt;&lt;sub&gt;hh&lt;/sub&gt;) is the most one step can stretch any state change. Always &amp;rho; &amp;le; &amp;sigma;&lt;sub&gt;max&lt;/sub&gt;, and for a non-normal &lt;i&gt;W&lt;/i&gt;&lt;sub&gt;hh&lt;/sub&gt; &amp;sigma;&lt;sub&gt;max&lt;/sub&gt; can be far larger: &amp;rho; &amp;lt; 1 does not stop one step from stretching the state. For a &lt;b&gt;vanilla RNN&lt;/b&gt;, with &amp;gamma; = max |act&amp;prime;|, &amp;lambda; gives the bound (&amp;gamma;&amp;lambda;)&lt;sup&gt;&lt;i&gt;d&lt;/i&gt;&lt;/sup&gt; on the gradient over &lt;i&gt;d&lt;/i&gt; steps (of the top layer of a stack: a lower layer&apos;s gradient also comes back through the layers above). LSTM and GRU escape it along their gated path.</source>
        <translation>&lt;b&gt;Trái:&lt;/b&gt; các trị riêng &amp;mu; của khối &lt;i&gt;H&lt;/i&gt;&amp;times;&lt;i&gt;H&lt;/i&gt; ứng với từng cổng trong ma trận trọng số hồi quy &lt;i&gt;W&lt;/i&gt;&lt;sub&gt;hh&lt;/sub&gt; (LSTM: các khối i, f, g, o; GRU: r, z, n), trên mặt phẳng phức. Nếu bỏ qua hàm phi tuyến, &lt;i&gt;h&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&lt;/sub&gt; = &lt;i&gt;W&lt;/i&gt; &lt;i&gt;h&lt;/i&gt;&lt;sub&gt;&lt;i&gt;t&lt;/i&gt;&amp;minus;1&lt;/sub&gt; nhân mỗi hướng riêng với &amp;mu; ở mỗi bước: &lt;b&gt;các trị riêng nằm ngoài đường tròn đơn vị&lt;/b&gt; (|&amp;mu;| &amp;gt; 1) là những hướng lớn dần qua từng bước, những trị riêng nằm bên trong thì tắt dần. Bán kính phổ &amp;rho; = max |&amp;mu;| cho biết điều gì xảy ra qua nhiều bước.&lt;br&gt;&lt;b&gt;Phải:&lt;/b&gt; các giá trị kỳ dị của toàn bộ &lt;i&gt;W&lt;/i&gt;&lt;sub&gt;hh&lt;/sub&gt;, lớn nhất trước. &amp;lambda; = &amp;sigma;&lt;sub&gt;max&lt;/sub&gt;(&lt;i&gt;W&lt;/i&gt;&lt;sub&gt;hh&lt;/sub&gt;) là mức kéo giãn lớn nhất mà một bước có thể gây ra cho bất kỳ thay đổi trạng thái nào. Luôn có &amp;rho; &amp;le; &amp;sigma;&lt;sub&gt;max&lt;/sub&gt;, và với &lt;i&gt;W&lt;/i&gt;&lt;sub&gt;hh&lt;/sub&gt; không chuẩn tắc, &amp;sigma;&lt;sub&gt;max&lt;/sub&gt; có thể lớn hơn nhiều: &amp;rho; &amp;lt; 1 không ngăn được một bước kéo giãn trạng thái. Với &lt;b&gt;RNN thuần&lt;/b&gt;, cùng với &amp;gamma; = max |act&amp;prime;|, &amp;lambda; cho cận (&amp;gamma;&amp;lambda;)&lt;sup&gt;&lt;i&gt;d&lt;/i&gt;&lt;/sup&gt; của gradient qua &lt;i&gt;d&lt;/i&gt; bước (của lớp trên cùng trong một chồng nhiều lớp: gradient của một lớp bên dưới còn quay về qua các lớp phía trên). LSTM và GRU thoát khỏi cận này nhờ đường đi qua cổng của chúng.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/weight_spectrum_panel.cpp" line="134"/>
        <source>|μ| = 1</source>
        <translation>|μ| = 1</translation>
    </message>
    <message>
        <location filename="../../ui/panels/weight_spectrum_panel.cpp" line="179"/>
        <source>Singular values of W_hh</source>
        <translation>Giá trị kỳ dị của W_hh</translation>
    </message>
    <message>
        <location filename="../../ui/panels/weight_spectrum_panel.cpp" line="181"/>
        <source>index i (largest first)</source>
        <translation>chỉ số i (lớn nhất trước)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/weight_spectrum_panel.cpp" line="183"/>
        <source>σ_i(W_hh)</source>
        <translation>σ_i(W_hh)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/weight_spectrum_panel.cpp" line="188"/>
        <source>σ = 1</source>
        <translation>σ = 1</translation>
    </message>
    <message>
        <location filename="../../ui/panels/weight_spectrum_panel.cpp" line="195"/>
        <location filename="../../ui/panels/weight_spectrum_panel.cpp" line="384"/>
        <source>σ_i</source>
        <translation>σ_i</translation>
    </message>
    <message>
        <location filename="../../ui/panels/weight_spectrum_panel.cpp" line="200"/>
        <source>λ = σ_max</source>
        <translation>λ = σ_max</translation>
    </message>
    <message>
        <location filename="../../ui/panels/weight_spectrum_panel.cpp" line="230"/>
        <source>Weight spectrum</source>
        <translation>Phổ trọng số</translation>
    </message>
    <message>
        <location filename="../../ui/panels/weight_spectrum_panel.cpp" line="343"/>
        <source>&lt;b&gt;A&lt;/b&gt;: %1 &amp;nbsp;·&amp;nbsp; &lt;b&gt;B&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;A&lt;/b&gt;: %1 &amp;nbsp;·&amp;nbsp; &lt;b&gt;B&lt;/b&gt;: %2</translation>
    </message>
    <message>
        <location filename="../../ui/panels/weight_spectrum_panel.cpp" line="395"/>
        <source> ≥ ρ = %1</source>
        <translation> ≥ ρ = %1</translation>
    </message>
    <message>
        <location filename="../../ui/panels/weight_spectrum_panel.cpp" line="395"/>
        <source> ≥ max ρ = %1</source>
        <translation> ≥ max ρ = %1</translation>
    </message>
    <message>
        <location filename="../../ui/panels/weight_spectrum_panel.cpp" line="409"/>
        <source>no spectrum yet</source>
        <translation>chưa có phổ</translation>
    </message>
    <message>
        <location filename="../../ui/panels/weight_spectrum_panel.cpp" line="418"/>
        <source>λ = &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>λ = &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/panels/weight_spectrum_panel.cpp" line="419"/>
        <source>, ρ = &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>, ρ = &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/panels/weight_spectrum_panel.cpp" line="420"/>
        <source>, &lt;b&gt;%1&lt;/b&gt; of %2 eigenvalues outside the unit circle</source>
        <translation>, &lt;b&gt;%1&lt;/b&gt; trong %2 trị riêng nằm ngoài đường tròn đơn vị</translation>
    </message>
    <message>
        <location filename="../../ui/panels/weight_spectrum_panel.cpp" line="425"/>
        <source>λ = σ_max(W_hh) = &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>λ = σ_max(W_hh) = &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/panels/weight_spectrum_panel.cpp" line="427"/>
        <source> &amp;nbsp;·&amp;nbsp; ρ = max&amp;nbsp;|μ| = &lt;b&gt;%1&lt;/b&gt;</source>
        <translation> &amp;nbsp;·&amp;nbsp; ρ = max&amp;nbsp;|μ| = &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/panels/weight_spectrum_panel.cpp" line="428"/>
        <source> (per block: %1)</source>
        <translation> (theo từng khối: %1)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/weight_spectrum_panel.cpp" line="430"/>
        <source> &amp;nbsp;·&amp;nbsp; γ = %1 &amp;nbsp;·&amp;nbsp; γλ = &lt;b&gt;%2&lt;/b&gt;</source>
        <translation> &amp;nbsp;·&amp;nbsp; γ = %1 &amp;nbsp;·&amp;nbsp; γλ = &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/panels/weight_spectrum_panel.cpp" line="304"/>
        <location filename="../../ui/panels/weight_spectrum_panel.cpp" line="337"/>
        <source>Eigenvalues of W_hh</source>
        <translation>Trị riêng của W_hh</translation>
    </message>
    <message>
        <location filename="../../ui/panels/weight_spectrum_panel.cpp" line="52"/>
        <source>h: eigenvalues of W_hh</source>
        <translation>h: trị riêng của W_hh</translation>
    </message>
    <message>
        <location filename="../../ui/panels/weight_spectrum_panel.cpp" line="120"/>
        <location filename="../../ui/panels/weight_spectrum_panel.cpp" line="304"/>
        <location filename="../../ui/panels/weight_spectrum_panel.cpp" line="337"/>
        <source>Eigenvalues of each gate block of W_hh</source>
        <translation>Trị riêng của từng khối cổng trong W_hh</translation>
    </message>
    <message>
        <location filename="../../ui/panels/weight_spectrum_panel.cpp" line="327"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/panels/weight_spectrum_panel.cpp" line="393"/>
        <source>σ_max = %1</source>
        <translation>σ_max = %1</translation>
    </message>
    <message>
        <location filename="../../ui/panels/weight_spectrum_panel.cpp" line="431"/>
        <source> &amp;nbsp;·&amp;nbsp; &lt;b&gt;%1&lt;/b&gt; of %2 eigenvalues outside the unit circle</source>
        <translation> &amp;nbsp;·&amp;nbsp; &lt;b&gt;%1&lt;/b&gt; trên %2 trị riêng nằm ngoài đường tròn đơn vị</translation>
    </message>
</context>
<context>
    <name>rnnscope::ui::chart</name>
    <message>
        <location filename="../../ui/panels/chart_widgets.cpp" line="40"/>
        <source>What am I looking at?</source>
        <translation>Khung này cho thấy gì?</translation>
    </message>
    <message>
        <location filename="../../ui/panels/chart_widgets.cpp" line="41"/>
        <source>Show or hide a short explanation of this view and the formula it draws.</source>
        <translation>Hiện hoặc ẩn lời giải thích ngắn về khung này và công thức mà nó vẽ.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/chart_widgets.cpp" line="110"/>
        <source>Layer:</source>
        <translation>Lớp:</translation>
    </message>
    <message>
        <location filename="../../ui/panels/chart_widgets.cpp" line="115"/>
        <source>Which recurrent layer to show. Layer 1 reads the characters; each layer above reads the hidden states of the one below.</source>
        <translation>Lớp hồi quy nào được hiển thị. Lớp 1 đọc các ký tự; mỗi lớp phía trên đọc các trạng thái ẩn của lớp bên dưới.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/chart_widgets.cpp" line="143"/>
        <source>Press Play to train; this view fills after the first step.</source>
        <translation>Nhấn Chạy để huấn luyện; khung này có dữ liệu sau bước đầu tiên.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/chart_math_labels.cpp" line="18"/>
        <source>‖∏ f_t‖ (LSTM c path)</source>
        <translation>‖∏ f_t‖ (đường c của LSTM)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/chart_math_labels.cpp" line="20"/>
        <source>‖∏ (1−z_t)‖ (GRU, course-note form)</source>
        <translation>‖∏ (1−z_t)‖ (GRU, dạng trong giáo trình)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/chart_math_labels.cpp" line="21"/>
        <source>‖∏ z_t‖ (GRU, PyTorch form)</source>
        <translation>‖∏ z_t‖ (GRU, dạng của PyTorch)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/chart_math_labels.cpp" line="31"/>
        <source>∏ f_t, median cell</source>
        <translation>∏ f_t, ô trung vị</translation>
    </message>
    <message>
        <location filename="../../ui/panels/chart_math_labels.cpp" line="33"/>
        <source>∏ (1−z_t), median cell</source>
        <translation>∏ (1−z_t), ô trung vị</translation>
    </message>
    <message>
        <location filename="../../ui/panels/chart_math_labels.cpp" line="33"/>
        <source>∏ z_t, median cell</source>
        <translation>∏ z_t, ô trung vị</translation>
    </message>
    <message>
        <location filename="../../ui/panels/chart_math_labels.cpp" line="42"/>
        <source>in the course notes&apos; form, h′ = (1−z) h + z h̃: z ≈ 1 takes the new candidate h̃</source>
        <translation>theo dạng trong giáo trình, h′ = (1−z) h + z h̃: z ≈ 1 lấy ứng viên mới h̃</translation>
    </message>
    <message>
        <location filename="../../ui/panels/chart_math_labels.cpp" line="43"/>
        <source>in PyTorch&apos;s form, h′ = (1−z) n + z h: z ≈ 1 keeps the old state h</source>
        <translation>theo dạng của PyTorch, h′ = (1−z) n + z h: z ≈ 1 giữ trạng thái cũ h</translation>
    </message>
    <message>
        <location filename="../../ui/panels/chart_math_labels.cpp" line="47"/>
        <source>1 = take h̃</source>
        <translation>1 = lấy h̃</translation>
    </message>
    <message>
        <location filename="../../ui/panels/chart_math_labels.cpp" line="47"/>
        <source>1 = keep h</source>
        <translation>1 = giữ h</translation>
    </message>
    <message>
        <location filename="../../ui/panels/chart_math_labels.cpp" line="51"/>
        <source>0 = keep h</source>
        <translation>0 = giữ h</translation>
    </message>
    <message>
        <location filename="../../ui/panels/chart_math_labels.cpp" line="51"/>
        <source>0 = take n</source>
        <translation>0 = lấy n</translation>
    </message>
    <message>
        <location filename="../../ui/panels/chart_math_labels.cpp" line="69"/>
        <source>window of update %1 (weights after update %2)</source>
        <translation>cửa sổ của lần cập nhật %1 (trọng số sau lần cập nhật %2)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/chart_math_labels.cpp" line="70"/>
        <source>window of update %1 (initial weights)</source>
        <translation>cửa sổ của lần cập nhật %1 (trọng số ban đầu)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/chart_style.cpp" line="213"/>
        <source>%1 (B)</source>
        <translation>%1 (B)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/chart_style.cpp" line="214"/>
        <source>%1 (A)</source>
        <translation>%1 (A)</translation>
    </message>
</context>
</TS>
